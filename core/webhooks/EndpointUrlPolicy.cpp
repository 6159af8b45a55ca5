#include "EndpointUrlPolicy.h"

using namespace Qt::StringLiterals;

namespace {

QHostAddress unmapped(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

bool within(const QHostAddress& address, const QString& cidr)
{
    return address.isInSubnet(QHostAddress::parseSubnet(cidr));
}

} // namespace

EndpointUrlPolicy::EndpointUrlPolicy(QList<Subnet> allowed)
    : m_allowed(std::move(allowed))
{}

std::optional<EndpointUrlPolicy> EndpointUrlPolicy::fromAllowList(const QString& cidrs,
                                                                  QString* error)
{
    QList<Subnet> allowed;
    const QStringList entries = cidrs.split(u',', Qt::SkipEmptyParts);
    for (const QString& entry : entries) {
        const QString trimmed = entry.trimmed();
        if (trimmed.isEmpty())
            continue;
        const Subnet subnet = QHostAddress::parseSubnet(trimmed);
        if (subnet.first.isNull()) {
            if (error)
                *error =
                    u"allow: '"_s + trimmed + u"' is not an address range such as 127.0.0.0/8"_s;
            return std::nullopt;
        }
        allowed.append(subnet);
    }
    return EndpointUrlPolicy(allowed);
}

std::optional<QString> EndpointUrlPolicy::checkUrl(const QUrl& url)
{
    if (!url.isValid())
        return u"not a valid URL"_s;
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return u"scheme '"_s + scheme + u"' is not http or https"_s;
    if (url.host().isEmpty())
        return u"the URL has no host"_s;
    if (!url.userInfo().isEmpty())
        return u"credentials in the URL are not allowed"_s;
    return std::nullopt;
}

std::optional<QString> EndpointUrlPolicy::category(const QHostAddress& raw)
{
    const QHostAddress address = unmapped(raw);
    if (address.isNull() || address == QHostAddress(QHostAddress::AnyIPv4) ||
        address == QHostAddress(QHostAddress::AnyIPv6) || within(address, u"0.0.0.0/8"_s))
        return u"unspecified"_s;
    if (address.isLoopback())
        return u"loopback"_s;
    if (address.isLinkLocal() || within(address, u"169.254.0.0/16"_s))
        return u"link-local"_s;
    if (address.isUniqueLocalUnicast())
        return u"unique-local"_s;
    if (within(address, u"10.0.0.0/8"_s) || within(address, u"172.16.0.0/12"_s) ||
        within(address, u"192.168.0.0/16"_s))
        return u"private"_s;
    if (within(address, u"100.64.0.0/10"_s))
        return u"shared (carrier-grade NAT)"_s;
    if (address.isMulticast() || address.isBroadcast())
        return u"multicast or broadcast"_s;
    return std::nullopt;
}

std::optional<QString> EndpointUrlPolicy::checkAddress(const QHostAddress& raw) const
{
    const QHostAddress address = unmapped(raw);
    const auto kind = category(address);
    if (!kind)
        return std::nullopt;
    for (const Subnet& subnet : m_allowed) {
        if (address.isInSubnet(subnet))
            return std::nullopt;
    }
    return address.toString() + u" is a "_s + *kind +
           u" address, refused unless allowed (PAYOPS_DISPATCH_ALLOW or --allow)"_s;
}

std::optional<QString> EndpointUrlPolicy::checkAddresses(const QList<QHostAddress>& addresses) const
{
    for (const QHostAddress& address : addresses) {
        if (auto refused = checkAddress(address))
            return refused;
    }
    return std::nullopt;
}
