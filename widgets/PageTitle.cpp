#include "PageTitle.h"

PageTitle::PageTitle(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    QFont heading = font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    setFont(heading);
    setContentsMargins(0, 0, 0, 8);
}
