#include "Commands.h"

int runMigrate(const QStringList&)
{
    return 1;
}
