#pragma once

#include <QString>

// A curl command line that repeats a webhook request: POST of the body to the URL with the
// request's headers, every argument single-quoted for a POSIX shell.
namespace CurlCommand {

// headersJson: the attempt's request_headers (a JSON object of header → value), or empty
// before the first attempt (then only content-type and webhook-id, unsigned). A header whose
// value holds a signing secret ("whsec_…") is left out, whatever its name.
QString build(const QString& url, const QString& eventId, const QString& headersJson,
              const QString& body);

QString shellQuoted(const QString& argument);

} // namespace CurlCommand
