#pragma once

#include "AmqpConnection.h"

#include <QString>
#include <optional>

// Where the credit queue lives: PAYOPS_AMQP_URL (amqp://user[:password]@host:port/vhost) or
// the private node of scripts/broker (127.0.0.1, PAYOPS_AMQP_PORT or 5673). A URL without a
// password takes it from $PAYOPS_VAR/rabbitmq/credentials, which scripts/broker writes.
namespace BrokerAddress {

QString resolveUrl();
// The endpoint of url, or an error message ("PAYOPS_AMQP_URL: ...").
// Several nodes of a cluster, comma-separated, are tried in order (AmqpEndpoint::alternates):
// amqp://user@node1:5672/vhost,node2:5672,node3:5672 (the others as host:port or full URLs
// with the same user and vhost).
std::optional<AmqpEndpoint> parse(const QString& url, QString* error);
// user@host:port/vhost: safe to show.
QString describe(const AmqpEndpoint& endpoint);
QString credentialsPath();

} // namespace BrokerAddress
