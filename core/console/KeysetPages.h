#pragma once

#include <QList>

// Where each page of a keyset-paged list, newest first, starts: the first page at the top (an
// invalid Cursor), every later one after the last row of the page before it. Going forward
// appends a start, going back drops one, so "Previous" shows exactly the page seen before.
template<typename Cursor> class KeysetPages
{
public:
    void restart() { m_starts = {Cursor()}; }
    // False (and nothing changes) when there is no row to start after.
    bool next(const Cursor& lastShown)
    {
        if (!lastShown.isValid())
            return false;
        m_starts.append(lastShown);
        return true;
    }
    bool previous()
    {
        if (!hasPrevious())
            return false;
        m_starts.removeLast();
        return true;
    }

    const Cursor& start() const { return m_starts.last(); }
    int number() const { return int(m_starts.size()); } // 1 for the first page
    bool hasPrevious() const { return m_starts.size() > 1; }
    // The 1-based position in the whole list of this page's first row.
    int firstRow(int pageSize) const { return (number() - 1) * pageSize + 1; }

    // A query asks for pageSize + 1 rows: keeps pageSize of them and says whether the extra
    // one was there, i.e. whether another page follows.
    template<typename Row> static bool takePage(QList<Row>& rows, int pageSize)
    {
        const bool more = rows.size() > pageSize;
        if (more)
            rows.resize(pageSize);
        return more;
    }

private:
    QList<Cursor> m_starts{Cursor()};
};
