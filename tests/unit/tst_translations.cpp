// The console's translations are complete: lupdate over the current sources, run on a copy of
// translations/*.ts (the repository's files are never touched), leaves no message unfinished
// or empty. A source string missing from a .ts comes out of lupdate unfinished, so it fails
// here too. Entries whose source string is gone (vanished / obsolete) do not leave anything
// untranslated on screen: they are reported as warnings, not failures. A plural message needs
// each of its language's forms, none empty.
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
    bool numerus = false;
    QStringList translations; // a plural message's forms, one each
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
};

TsFile readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    TsFile ts;
    QList<TsMessage>& messages = ts.messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"TS") {
            ts.language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            const bool numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            messages.append({context, {}, {}, numerus, {}});
        } else if (xml.name() == u"source" && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation" && !messages.isEmpty()) {
            TsMessage& message = messages.last();
            message.type = xml.attributes().value(QStringLiteral("type")).toString();
            // A plural's text is in its <numerusform> children, read one by one below.
            if (!message.numerus && message.type != u"vanished" && message.type != u"obsolete")
                message.translations.append(xml.readElementText());
        } else if (xml.name() == u"numerusform" && !messages.isEmpty()) {
            messages.last().translations.append(xml.readElementText());
        }
    }
    return ts;
}

// How many plural forms a language's translation needs (Qt's rules: French one/many, Polish
// and Russian one/few/many).
int pluralForms(const QString& language)
{
    const QString code = language.section(u'_', 0, 0);
    if (code == u"pl" || code == u"ru")
        return 3;
    return 2;
}

QString describe(const TsMessage& message)
{
    return QStringLiteral("  %1: “%2”").arg(message.context, message.source);
}

bool untranslated(const TsMessage& message, int forms)
{
    if (message.type == u"unfinished" || message.translations.isEmpty())
        return true;
    if (message.numerus && message.translations.size() != forms)
        return true;
    return std::any_of(message.translations.cbegin(), message.translations.cend(),
                       [](const QString& text) { return text.isEmpty(); });
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void complete_data();
    void complete();
    void anEmptyPluralFormCounts_data();
    void anEmptyPluralFormCounts();

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

    const TsFile ts = readTs(copy);
    const QList<TsMessage>& messages = ts.messages;
    QVERIFY2(!messages.isEmpty(), "lupdate wrote no messages");
    QStringList missing;
    QStringList gone;
    for (const TsMessage& message : messages) {
        if (message.type == u"vanished" || message.type == u"obsolete") {
            gone.append(describe(message));
            continue;
        }
        if (untranslated(message, pluralForms(ts.language)))
            missing.append(describe(message));
    }
    if (!gone.isEmpty())
        qWarning("%s: %lld entries no source string has any more (harmless; lupdate "
                 "-no-obsolete drops them):\n%s",
                 qPrintable(QFileInfo(tsFile).fileName()), qlonglong(gone.size()),
                 qPrintable(gone.join(u'\n')));
    // The whole list (a QVERIFY2 message is cut short after a few lines).
    if (!missing.isEmpty())
        qWarning("%s: untranslated, unfinished, a plural form empty or missing, or missing "
                 "from it:\n%s",
                 qPrintable(QFileInfo(tsFile).fileName()), qPrintable(missing.join(u'\n')));
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 of %3 strings untranslated, unfinished or missing "
                                       "(listed above; run lupdate, then translate)")
                            .arg(QFileInfo(tsFile).fileName())
                            .arg(missing.size())
                            .arg(messages.size() - gone.size())));
}

void TstTranslations::anEmptyPluralFormCounts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("forms");
    QTest::addColumn<bool>("complete");
    const QString one = QStringLiteral("%n x");
    QTest::newRow("pl, three forms") << "pl_PL" << QStringList{one, one, one} << true;
    QTest::newRow("pl, one form empty") << "pl_PL" << QStringList{one, {}, one} << false;
    QTest::newRow("ru, a form short") << "ru_RU" << QStringList{one, one} << false;
    QTest::newRow("fr, two forms") << "fr_FR" << QStringList{one, one} << true;
    QTest::newRow("fr, last form empty") << "fr_FR" << QStringList{one, {}} << false;
}

// The check above reads each <numerusform>: one empty plural form is an untranslated string.
void TstTranslations::anEmptyPluralFormCounts()
{
    QFETCH(QString, language);
    QFETCH(QStringList, forms);
    QFETCH(bool, complete);
    QString numerus;
    for (const QString& form : forms)
        numerus += QStringLiteral("<numerusform>%1</numerusform>").arg(form);
    const QString path = m_copy.filePath(QStringLiteral("plural.ts"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE TS>"
                              "<TS version=\"2.1\" language=\"%1\"><context><name>C</name>"
                              "<message numerus=\"yes\"><source>%n thing(s)</source>"
                              "<translation>%2</translation></message></context></TS>")
                   .arg(language, numerus)
                   .toUtf8());
    file.close();
    const TsFile ts = readTs(path);
    QCOMPARE(ts.messages.size(), 1);
    QCOMPARE(ts.messages.first().translations.size(), forms.size());
    QCOMPARE(!untranslated(ts.messages.first(), pluralForms(ts.language)), complete);
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
