// A RabbitMQ cluster's nodes in one broker address: parsed from a comma-separated list, tried
// in order at every connection, so an engine whose first node is down works on the next one
// (the fixture's node; the "down" nodes are closed loopback ports).
#include "TestBroker.h"
#include "cashback/BrokerAddress.h"
#include "cashback/CreditQueue.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestBrokerFailover : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheNodesOfACluster()
    {
        QString error;
        const auto endpoint = BrokerAddress::parse(
            u"amqp://payops:pw@rabbit1:5672/payments,rabbit2:5673, amqp://payops@rabbit3/payments"_s,
            &error);
        QVERIFY2(endpoint, qPrintable(error));
        QCOMPARE(endpoint->host, u"rabbit1"_s);
        QCOMPARE(endpoint->vhost, u"payments"_s);
        QCOMPARE(endpoint->alternates.size(), 2);
        QCOMPARE(endpoint->alternates.at(0), std::pair(u"rabbit2"_s, 5673));
        QCOMPARE(endpoint->alternates.at(1), std::pair(u"rabbit3"_s, 5672));
        QCOMPARE(BrokerAddress::describe(*endpoint),
                 u"payops@rabbit1:5672,rabbit2:5673,rabbit3:5672/payments"_s);
        QVERIFY(!BrokerAddress::describe(*endpoint).contains(u"pw"_s));

        QVERIFY(!BrokerAddress::parse(u"amqp://payops:pw@a:1/v,amqp://other@b:2/v"_s, &error));
        QCOMPARE(error, u"amqp url: node 2 (b): every node takes the first one's user and vhost"_s);
        QVERIFY(!BrokerAddress::parse(u"amqp://payops:pw@a:1/v,b:2/elsewhere"_s, &error));
        QVERIFY(!BrokerAddress::parse(u"amqp://payops:pw@a:1/v,http://b"_s, &error));
        QVERIFY(error.contains(u"node 2"_s));
    }

    void theNextNodeServesWhenTheFirstIsDown()
    {
        TestBroker broker(u"failover"_s);
        const AmqpEndpoint live = broker.endpoint();
        AmqpEndpoint cluster = live;
        cluster.host = u"127.0.0.1"_s;
        cluster.port = 1; // nothing listens there
        cluster.alternates = {{u"127.0.0.1"_s, 2}, {live.host, live.port}};
        AmqpConnection connection = AmqpConnection::open(cluster, std::chrono::seconds(5));
        CreditQueue::declare(connection);
        QCOMPARE(connection.readyMessages(CreditQueue::name), 0);
    }

    void everyNodeDownNamesEach()
    {
        AmqpEndpoint cluster;
        cluster.host = u"127.0.0.1"_s;
        cluster.port = 1;
        cluster.user = u"payops"_s;
        cluster.alternates = {{u"127.0.0.1"_s, 2}};
        try {
            AmqpConnection::open(cluster, std::chrono::seconds(5));
            QFAIL("connected with every node down");
        } catch (const AmqpError& error) {
            QVERIFY2(error.message().contains(u"127.0.0.1:1"_s), qPrintable(error.message()));
            QVERIFY2(error.message().contains(u"127.0.0.1:2"_s), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestBrokerFailover)
#include "tst_broker_failover.moc"
