#include "PreferencesDialog.h"

#include "Theme.h"
#include "console/ConsoleSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {

void select(QComboBox* box, const QString& value)
{
    box->setCurrentIndex(std::max(0, box->findData(value)));
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_theme->setObjectName(QStringLiteral("preferencesTheme"));
    for (const QString& code : languages()) {
        // Each language by its own name, so that anyone can find theirs.
        const QString name =
            code.isEmpty() ? tr("As the system") : QLocale(code).nativeLanguageName();
        m_language->addItem(name.left(1).toUpper() + name.mid(1), code);
    }
    for (const QString& name : Theme::names())
        m_theme->addItem(Theme::title(name), name);
    select(m_language, ConsoleSettings::language());
    select(m_theme, ConsoleSettings::theme());

    auto* note = new QLabel(tr("A new language applies when the console starts next; the "
                               "--lang option overrides it. A theme applies at once."),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    ConsoleSettings::setLanguage(m_language->currentData().toString());
    const QString theme = m_theme->currentData().toString();
    ConsoleSettings::setTheme(theme);
    Theme::apply(theme);
    QDialog::accept();
}
