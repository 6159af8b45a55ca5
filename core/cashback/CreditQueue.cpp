#include "CreditQueue.h"

#include "AmqpConnection.h"

namespace CreditQueue {

void declare(AmqpConnection& connection)
{
    static const QByteArray quorum = QByteArrayLiteral("quorum");
    connection.declareExchange(deadName, QByteArrayLiteral("direct"));
    connection.declareQueue(deadName, {{QByteArrayLiteral("x-queue-type"), quorum}}, {});
    connection.bind(deadName, deadName, deadName);
    connection.declareQueue(name,
                            {{QByteArrayLiteral("x-queue-type"), quorum},
                             {QByteArrayLiteral("x-dead-letter-exchange"), deadName},
                             {QByteArrayLiteral("x-dead-letter-routing-key"), deadName}},
                            {{QByteArrayLiteral("x-delivery-limit"), deliveryLimit}});
}

} // namespace CreditQueue
