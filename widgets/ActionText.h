#pragma once

#include <QString>
#include <initializer_list>
#include <utility>

// Text an operator typed for an audited action, checked before it goes to the store: libpq
// sends a text only up to a NUL, and the refusal it leads to can name the parameter's number
// but not the field.
namespace ActionText {

// "reason: contains a NUL character" for the first field (named as the store names it) whose
// text holds one; empty when none does.
QString problem(std::initializer_list<std::pair<QString, QString>> fields);

} // namespace ActionText
