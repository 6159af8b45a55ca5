// The console's translations are complete: lupdate over the current sources, run on a copy of
// translations/*.ts (the repository's files are never touched), leaves no message unfinished
// or empty. A source string missing from a .ts comes out of lupdate unfinished, so it fails
// here too. Entries whose source string is gone (vanished / obsolete) do not leave anything
// untranslated on screen: they are reported as warnings, not failures.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <algorithm>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString type;
    QStringList translations;
};

QList<TsMessage> readMessages(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            messages.append({context, {}, {}, {}});
        } else if (xml.name() == u"source" && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation" && !messages.isEmpty()) {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            messages.last().type = type;
            if (type != u"vanished" && type != u"obsolete")
                messages.last().translations.append(
                    xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (xml.name() == u"numerusform" && !messages.isEmpty()) {
            messages.last().translations.append(xml.readElementText());
        }
    }
    return messages;
}

QString describe(const TsMessage& message)
{
    return QStringLiteral("  %1: “%2”").arg(message.context, message.source);
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void complete_data();
    void complete();

private:
    QTemporaryDir m_copy;
};

void TstTranslations::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(PAYOPS_LUPDATE)),
             "lupdate is missing (Debian: qt6-l10n-tools)");
    QVERIFY(m_copy.isValid());
}

void TstTranslations::complete_data()
{
    QTest::addColumn<QString>("tsFile");
    const QDir translations(QStringLiteral(PAYOPS_TS_DIR));
    const QStringList files = translations.entryList({QStringLiteral("*.ts")}, QDir::Files);
    QVERIFY2(!files.isEmpty(), "no translations/*.ts");
    for (const QString& name : files)
        QTest::newRow(qPrintable(name)) << translations.filePath(name);
}

void TstTranslations::complete()
{
    QFETCH(QString, tsFile);
    const QString copy = m_copy.filePath(QFileInfo(tsFile).fileName());
    QFile::remove(copy);
    QVERIFY(QFile::copy(tsFile, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PAYOPS_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("@" PAYOPS_I18N_SOURCES), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());

    const QList<TsMessage> messages = readMessages(copy);
    QVERIFY2(!messages.isEmpty(), "lupdate wrote no messages");
    QStringList untranslated;
    QStringList gone;
    for (const TsMessage& message : messages) {
        if (message.type == u"vanished" || message.type == u"obsolete") {
            gone.append(describe(message));
            continue;
        }
        const bool empty = message.translations.isEmpty() ||
                           std::any_of(message.translations.cbegin(), message.translations.cend(),
                                       [](const QString& text) { return text.isEmpty(); });
        if (message.type == u"unfinished" || empty)
            untranslated.append(describe(message));
    }
    if (!gone.isEmpty())
        qWarning("%s: %lld entries no source string has any more (harmless; lupdate "
                 "-no-obsolete drops them):\n%s",
                 qPrintable(QFileInfo(tsFile).fileName()), qlonglong(gone.size()),
                 qPrintable(gone.join(u'\n')));
    // The whole list (a QVERIFY2 message is cut short after a few lines).
    if (!untranslated.isEmpty())
        qWarning("%s: untranslated, unfinished or missing from it:\n%s",
                 qPrintable(QFileInfo(tsFile).fileName()), qPrintable(untranslated.join(u'\n')));
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 of %3 strings untranslated, unfinished or missing "
                                       "(listed above; run lupdate, then translate)")
                            .arg(QFileInfo(tsFile).fileName())
                            .arg(untranslated.size())
                            .arg(messages.size() - gone.size())));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
