#include "Migrator.h"
