#pragma once

#include <string>
#include <string_view>

// JSON text written by hand where speed matters (ingest's extra fields, the simulator's
// events).
namespace JsonText {

// text as a JSON string, quoted, with '"', '\\' and control characters escaped; UTF-8 kept.
void appendString(std::string& out, std::string_view text);

} // namespace JsonText
