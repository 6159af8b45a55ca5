#pragma once

#include <QWidget>

// An area whose content comes in a later issue: says what it will show and which engine
// fills it, so that the console never pretends.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& description, const QString& engine,
                    QWidget* parent = nullptr);
};
