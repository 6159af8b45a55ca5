#include "DeliverySearchFilter.h"

qint64 DeliverySearchFilter::endpointId() const
{
    bool ok = false;
    const qint64 id = endpoint.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QString DeliverySearchFilter::urlFragment() const
{
    return endpointId() > 0 ? QString() : endpoint;
}
