#include "ActionText.h"

#include <QCoreApplication>

namespace ActionText {

QString problem(std::initializer_list<std::pair<QString, QString>> fields)
{
    for (const auto& [field, text] : fields) {
        if (text.contains(QChar(u'\0')))
            return QCoreApplication::translate("ActionText", "%1: contains a NUL character")
                .arg(field);
    }
    return {};
}

} // namespace ActionText
