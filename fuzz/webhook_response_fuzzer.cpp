// libFuzzer target: a merchant endpoint's answer to a webhook delivery, as HttpClientConnection
// reads it off the socket (HttpResponseParser) and as Dispatcher turns its Retry-After header
// into the next attempt's delay (RetryAfter). The first byte of the input decides how the
// rest arrives: all at once or in pieces of 1 to 255 bytes. The same bytes must give the same
// answer however the network cuts them.

#include "FuzzCheck.h"
#include "webhooks/HttpResponseParser.h"
#include "webhooks/RetryAfter.h"

#include <QDateTime>
#include <cstdint>

namespace {

using Outcome = HttpResponseParser::Outcome;

struct Reading
{
    Outcome outcome = Outcome::NeedMore;
    HttpResponseParser parser;
    QByteArray left; // bytes after the response
};

// Feeds the response in pieces of `piece` bytes (all at once when 0), then closes.
Reading read(QByteArrayView wire, qsizetype piece)
{
    Reading reading;
    QByteArray buffer;
    qsizetype sent = 0;
    do {
        const qsizetype next = piece > 0 ? std::min(piece, wire.size() - sent) : wire.size();
        buffer.append(wire.sliced(sent, next));
        sent += next;
        reading.outcome = reading.parser.feed(buffer);
    } while (reading.outcome == Outcome::NeedMore && sent < wire.size());
    if (reading.outcome == Outcome::NeedMore)
        reading.outcome = reading.parser.finishAtClose();
    reading.left = buffer + wire.sliced(sent).toByteArray();
    return reading;
}

void checkRetryAfter(QByteArrayView header)
{
    static const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    const auto delay = RetryAfter::parse(header, now);
    if (delay)
        FUZZ_CHECK(*delay >= RetryAfter::defaultMinimum && *delay <= RetryAfter::defaultMaximum);
}

void checkSame(const Reading& whole, const Reading& pieces)
{
    FUZZ_CHECK(whole.outcome == pieces.outcome);
    if (whole.outcome != Outcome::Complete)
        return;
    FUZZ_CHECK(whole.parser.status() == pieces.parser.status());
    FUZZ_CHECK(whole.parser.excerpt() == pieces.parser.excerpt());
    FUZZ_CHECK(whole.parser.bodyBytes() == pieces.parser.bodyBytes());
    FUZZ_CHECK(whole.parser.retryAfter() == pieces.parser.retryAfter());
    FUZZ_CHECK(whole.parser.keepAlive() == pieces.parser.keepAlive());
    FUZZ_CHECK(whole.left == pieces.left);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView wire(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);
    const Reading whole = read(wire, 0);
    if (whole.outcome == Outcome::Complete) {
        const HttpResponseParser& parser = whole.parser;
        FUZZ_CHECK(parser.status() >= 200 && parser.status() <= 999);
        FUZZ_CHECK(parser.excerpt().size() <= HttpResponseParser::excerptLimit);
        FUZZ_CHECK(parser.bodyBytes() >= parser.excerpt().size());
        checkRetryAfter(parser.retryAfter());
    } else {
        FUZZ_CHECK(!whole.parser.keepAlive() && !whole.parser.error().isEmpty());
    }
    if (data[0] > 0)
        checkSame(whole, read(wire, data[0]));
    // A Retry-After value on its own, so that the fuzzer reaches the date forms directly.
    if (!wire.contains('\n'))
        checkRetryAfter(wire);
    return 0;
}
