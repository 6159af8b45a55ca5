#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <optional>

// Which webhook targets a dispatcher may call: http and https URLs whose host resolves only
// to public addresses. Loopback, private, shared (CGNAT), link-local, unique-local,
// unspecified and multicast addresses are refused unless a CIDR of the allowlist
// (PAYOPS_DISPATCH_ALLOW or --allow, e.g. "127.0.0.0/8,::1/128") covers them.
class EndpointUrlPolicy
{
public:
    using Subnet = QPair<QHostAddress, int>;

    EndpointUrlPolicy() = default;
    explicit EndpointUrlPolicy(QList<Subnet> allowed);
    // nullopt and *error naming the bad entry when a CIDR does not parse.
    static std::optional<EndpointUrlPolicy> fromAllowList(const QString& cidrs, QString* error);

    // The reason a URL is refused before any lookup (scheme, host), or nullopt.
    static std::optional<QString> checkUrl(const QUrl& url);
    // The reason an address is refused, or nullopt.
    std::optional<QString> checkAddress(const QHostAddress& address) const;
    // The reason the first refused one of a host's addresses is refused, or nullopt: every
    // address a host resolves to must pass, whichever is connected to.
    std::optional<QString> checkAddresses(const QList<QHostAddress>& addresses) const;

    const QList<Subnet>& allowed() const { return m_allowed; }

private:
    static std::optional<QString> category(const QHostAddress& address);
    QList<Subnet> m_allowed;
};
