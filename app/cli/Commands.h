#pragma once

#include <QStringList>

// One function a subcommand of `payops`: arguments after the command's name, exit status back.
int runMigrate(const QStringList& arguments);
int runIngest(const QStringList& arguments);
int runDispatch(const QStringList& arguments);
int runDetect(const QStringList& arguments);
int runSimulate(const QStringList& arguments);
int runCashback(const QStringList& arguments);
int runEvaluate(const QStringList& arguments);
