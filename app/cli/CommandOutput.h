#pragma once

#include <QString>
#include <QTextStream>

// What every payops subcommand writes to stderr.
QTextStream& err();

// Prints "payops COMMAND: MESSAGE (see payops COMMAND --help)" and returns 2, the exit
// status of bad arguments.
int usageError(const char* command, const QString& message);
