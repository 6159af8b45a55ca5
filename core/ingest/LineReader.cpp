#include "LineReader.h"

#include <cstring>
#include <stdexcept>

namespace {
constexpr std::size_t chunk = 4 << 20;
} // namespace

LineReader::LineReader(QIODevice& device, std::size_t padding, std::size_t maxLine,
                       std::size_t keptPrefix)
    : m_device(device)
    , m_padding(padding)
    , m_maxLine(maxLine)
    , m_keptPrefix(std::min(keptPrefix, maxLine))
    , m_capacity(maxLine + 1 + chunk)
    , m_buffer(std::make_unique<char[]>(m_capacity + padding))
{}

LineReader::~LineReader() = default;

bool LineReader::next(Line& line)
{
    std::size_t scanned = m_begin;
    for (;;) {
        const char* start = m_buffer.get() + scanned;
        if (const void* newline = std::memchr(start, '\n', m_end - scanned)) {
            const std::size_t at = std::size_t(static_cast<const char*>(newline) - m_buffer.get());
            return take(at - m_begin, at - m_begin + 1, line);
        }
        if (m_end - m_begin > m_maxLine) {
            skipRestOfLine(line);
            return true;
        }
        if (m_eof)
            return m_end > m_begin && take(m_end - m_begin, m_end - m_begin, line);
        scanned = m_end - m_begin;
        compact();
        scanned += m_begin;
        fill();
    }
}

bool LineReader::take(std::size_t length, std::size_t consumed, Line& line)
{
    line.number = ++m_number;
    line.length = std::int64_t(length);
    line.tooLong = length > m_maxLine;
    line.bytes = std::string_view(m_buffer.get() + m_begin, line.tooLong ? m_keptPrefix : length);
    m_begin += consumed;
    m_position += std::int64_t(consumed);
    return true;
}

// A line over the limit: keep its prefix, count and drop the rest up to the next '\n'.
void LineReader::skipRestOfLine(Line& line)
{
    m_prefix.assign(m_buffer.get() + m_begin, m_keptPrefix);
    std::int64_t length = 0;
    for (;;) {
        const char* start = m_buffer.get() + m_begin;
        if (const void* newline = std::memchr(start, '\n', m_end - m_begin)) {
            const std::size_t part = std::size_t(static_cast<const char*>(newline) - start);
            length += std::int64_t(part);
            m_begin += part + 1;
            m_position += std::int64_t(part) + 1;
            break;
        }
        length += std::int64_t(m_end - m_begin);
        m_position += std::int64_t(m_end - m_begin);
        m_begin = m_end = 0;
        if (m_eof || !fill())
            break;
    }
    m_prefix.append(m_padding, '\0');
    line = {std::string_view(m_prefix.data(), m_keptPrefix), ++m_number, length, true};
}

void LineReader::compact()
{
    if (m_begin == 0)
        return;
    std::memmove(m_buffer.get(), m_buffer.get() + m_begin, m_end - m_begin);
    m_end -= m_begin;
    m_begin = 0;
}

// Reads what fits into the buffer; false at the end of the input.
bool LineReader::fill()
{
    const qint64 got = m_device.read(m_buffer.get() + m_end, qint64(m_capacity - m_end));
    if (got < 0)
        throw std::runtime_error("cannot read: " + m_device.errorString().toStdString());
    if (got == 0)
        m_eof = true;
    m_end += std::size_t(got);
    return got > 0;
}
