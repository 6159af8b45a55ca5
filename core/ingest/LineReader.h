#pragma once

#include <QIODevice>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

// Splits a byte stream into lines ('\n'; a '\r' before it stays part of the line) with
// bounded memory. Each line handed out is followed by `padding` readable bytes, so that
// a parser may read past its end. A line longer than maxLine is not kept whole: the reader
// hands out its first keptPrefix bytes, marked tooLong, with its full length.
class LineReader
{
public:
    struct Line
    {
        std::string_view bytes;
        std::int64_t number = 0; // 1-based
        std::int64_t length = 0; // of the whole line, without its '\n'
        bool tooLong = false;
    };

    LineReader(QIODevice& device, std::size_t padding, std::size_t maxLine = 1 << 20,
               std::size_t keptPrefix = 64 << 10);
    ~LineReader();

    // False at the end of the input. Throws std::runtime_error when reading fails.
    bool next(Line& line);
    // Bytes consumed so far (up to the end of the last line handed out).
    std::int64_t position() const { return m_position; }
    std::size_t maxLine() const { return m_maxLine; }

private:
    bool fill();
    void compact();
    void skipRestOfLine(Line& line);
    bool take(std::size_t length, std::size_t consumed, Line& line);

    QIODevice& m_device;
    std::size_t m_padding;
    std::size_t m_maxLine;
    std::size_t m_keptPrefix;
    std::size_t m_capacity;
    std::unique_ptr<char[]> m_buffer;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    bool m_eof = false;
    std::int64_t m_number = 0;
    std::int64_t m_position = 0;
    std::string m_prefix;
};
