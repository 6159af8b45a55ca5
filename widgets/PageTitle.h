#pragma once

#include <QLabel>

// The heading at the top of a console page.
class PageTitle : public QLabel
{
    Q_OBJECT
public:
    explicit PageTitle(const QString& text, QWidget* parent = nullptr);
};
