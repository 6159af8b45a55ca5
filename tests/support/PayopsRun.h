#pragma once

#include <QByteArray>
#include <QStringList>

// One run of the payops program under test (PAYOPS_BIN), to its end.
struct PayopsRun
{
    int exitCode = -1; // -1: it crashed or did not finish in time
    QByteArray out;
    QByteArray err;

    static PayopsRun of(const QStringList& arguments, int timeoutMs = 240'000);
};
