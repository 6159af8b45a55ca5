#include "Detector.h"

// First commit: the API only; the implementation follows.
class DetectorState
{
public:
    DetectorOptions options;
};

Detector::Detector(DetectorOptions options)
    : m_state(std::make_unique<DetectorState>())
{
    m_state->options = options;
}

Detector::~Detector() = default;
const DetectorOptions& Detector::options() const
{
    return m_state->options;
}
void Detector::setRules(const QList<DetectionRule>&)
{}
void Detector::setOwnedShards(const QSet<int>&)
{}
QSet<int> Detector::ownedShards() const
{
    return {};
}
void Detector::setSkippedShards(const QSet<int>&)
{}
void Detector::add(const PaymentEvent&)
{}
void Detector::add(const DetectionEvent&)
{}
void Detector::advanceTo(std::int64_t)
{}
void Detector::flush()
{}
std::vector<WindowResult> Detector::takeWindows()
{
    return {};
}
std::vector<DowntimeChange> Detector::takeChanges()
{
    return {};
}
std::int64_t Detector::lateEvents() const
{
    return 0;
}
std::int64_t Detector::shardNewest(int) const
{
    return INT64_MIN;
}
std::int64_t Detector::shardWatermark(int) const
{
    return INT64_MIN;
}
QByteArray Detector::saveShard(int) const
{
    return {};
}
bool Detector::loadShard(int, const QByteArray&, QString*)
{
    return false;
}
void Detector::dropShard(int)
{}
int Detector::shardOf(qint64, const QString&, int)
{
    return 0;
}
