#include "PlaceholderPage.h"

#include "PageTitle.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString& title, const QString& description,
                                 const QString& engine, QWidget* parent)
    : QWidget(parent)
{
    auto* text = new QLabel(description, this);
    text->setObjectName(QStringLiteral("description"));
    text->setWordWrap(true);
    auto* source = new QLabel(tr("Filled by %1 — not built yet: this area arrives in a later "
                                 "version of payops.")
                                  .arg(u"<b>" + engine.toHtmlEscaped() + u"</b>"),
                              this);
    source->setObjectName(QStringLiteral("source"));
    source->setWordWrap(true);
    QFont note = source->font();
    note.setItalic(true);
    source->setFont(note);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(new PageTitle(title, this));
    layout->addWidget(text);
    layout->addWidget(source);
    layout->addStretch(1);
}
