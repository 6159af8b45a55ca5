#include "Commands.h"

int runIngest(const QStringList&)
{
    return 1;
}
