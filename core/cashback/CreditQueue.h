#pragma once

#include <QByteArray>

class AmqpConnection;

// The credit queue's topology: the durable quorum queue payops.credits, whose rejected
// messages (and those redelivered more than deliveryLimit times) go through the exchange
// payops.credits.dead to the queue payops.credits.dead. Publisher and workers declare it alike.
namespace CreditQueue {

inline const QByteArray name = QByteArrayLiteral("payops.credits");
inline const QByteArray deadName = QByteArrayLiteral("payops.credits.dead");
constexpr int deliveryLimit = 50;

void declare(AmqpConnection& connection);

} // namespace CreditQueue
