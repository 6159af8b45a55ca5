#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/StoreError.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <map>
#include <optional>

using namespace Qt::StringLiterals;

// What every role may do to every table, view, sequence and function of schema payops, and to
// the schema itself: each action tried as each role's login, compared with the matrix written
// down in tests/store/role_matrix.txt. The objects come from the catalog, so one added later
// without a line in the matrix fails the test.
namespace {

const QStringList logins{u"viewer"_s, u"operator"_s,   u"admin"_s,    u"engine"_s,
                         u"ingest"_s, u"dispatcher"_s, u"detector"_s, u"cashback"_s};

// One cell: privilege letter -> the columns it is limited to (empty: all of them).
using Cell = std::map<QChar, QStringList>;

QString actionName(const QString& kind, QChar letter)
{
    if (kind == u"sequence") {
        static const QMap<QChar, QString> names{
            {u'U', u"nextval"_s}, {u'r', u"SELECT"_s}, {u'w', u"setval"_s}};
        return names.value(letter, QString(letter));
    }
    static const QMap<QChar, QString> names{
        {u'r', u"SELECT"_s},   {u'a', u"INSERT"_s},     {u'w', u"UPDATE"_s},  {u'd', u"DELETE"_s},
        {u'D', u"TRUNCATE"_s}, {u'x', u"REFERENCES"_s}, {u't', u"TRIGGER"_s}, {u'X', u"EXECUTE"_s},
        {u'U', u"USAGE"_s},    {u'C', u"CREATE"_s}};
    return names.value(letter, QString(letter));
}

// columnSets: "@name" -> the columns it stands for.
Cell parseCell(const QString& text, const QMap<QString, QString>& columnSets)
{
    Cell cell;
    if (text == u"-")
        return cell;
    static const QRegularExpression item(u"([A-Za-z])(?:\\(([@a-z_0-9,]+)\\))?"_s);
    auto it = item.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString list = m.captured(2);
        QStringList columns = columnSets.value(list, list).split(u',', Qt::SkipEmptyParts);
        if (list.startsWith(u'@') && !columnSets.contains(list))
            columns = {u"(undefined column set "_s + list + u')'};
        columns.sort();
        cell[m.captured(1).at(0)] = columns;
    }
    return cell;
}

QString cellText(const Cell& cell)
{
    if (cell.empty())
        return u"-"_s;
    // The order of PostgreSQL's aclitem letters.
    const QString order = u"UrawdDxtXC"_s;
    QString text;
    for (QChar letter : order) {
        const auto it = cell.find(letter);
        if (it == cell.end())
            continue;
        text += letter;
        if (!it->second.isEmpty())
            text += u'(' + it->second.join(u',') + u')';
    }
    return text;
}

// An object of the schema and the statements that try each action on it.
struct Object
{
    QString kind; // schema, table, view, sequence, function
    QString name; // as in the matrix: a relation's name, a function's name(argument types)
    QString ident;
    QStringList columns;
    // Functions: a call with NULL arguments, each a subquery so that the planner cannot fold
    // a strict function's call away (and its privilege check with it).
    QString call;
    quint32 oid = 0;
    QString key() const { return kind + u' ' + name; }
};

struct Attempt
{
    bool allowed = false;
    QString refusal;
};

class Prober
{
public:
    explicit Prober(PgConnection& db)
        : m_db(db)
    {}

    // Runs sql in a transaction that is rolled back: nothing it does stays.
    Attempt attempt(const QString& sql, bool view = false)
    {
        Attempt result;
        try {
            m_db.execScript(u"BEGIN; "_s + sql + u"; ROLLBACK"_s);
            result.allowed = true;
        } catch (const StoreError& error) {
            m_db.execScript(u"ROLLBACK"_s);
            // A view the rewriter cannot write to, or a column of it that is computed.
            const bool notUpdatableView =
                view && (error.sqlState() == u"55000" || error.sqlState() == u"0A000");
            result.allowed = error.sqlState() != u"42501" && !notUpdatableView;
            result.refusal = error.message();
            // A statement the test got wrong proves nothing either way.
            static const QStringList wrong{u"42601"_s, u"42703"_s, u"42704"_s, u"42883"_s,
                                           u"42P01"_s};
            if (wrong.contains(error.sqlState()) && !sql.contains(u"no_such_function"))
                m_wrong << sql.left(200) + u": "_s + error.message();
        }
        return result;
    }

    Cell tryObject(const Object& o)
    {
        Cell cell;
        if (o.kind == u"schema") {
            // Without USAGE the name is refused; with it, it is merely not found.
            if (attempt(u"SELECT payops.role_matrix_no_such_function()"_s).allowed)
                cell[u'U'];
            if (attempt(u"CREATE TABLE payops.role_matrix_probe (x integer)"_s).allowed)
                cell[u'C'];
            return cell;
        }
        if (o.kind == u"function") {
            if (attempt(u"SELECT "_s + o.call).allowed)
                cell[u'X'];
            return cell;
        }
        const QString rel = u"payops."_s + o.ident;
        if (o.kind == u"sequence") {
            const QString literal = u"'payops.%1'"_s.arg(o.ident);
            if (attempt(u"SELECT nextval(%1)"_s.arg(literal)).allowed)
                cell[u'U'];
            if (attempt(u"SELECT last_value FROM "_s + rel).allowed)
                cell[u'r'];
            if (attempt(u"SELECT setval(%1, 1, false)"_s.arg(literal)).allowed)
                cell[u'w'];
            return cell;
        }
        const bool view = o.kind == u"view";
        tryColumns(cell, u'r', o, [&](const QStringList& columns) -> QString {
            return u"SELECT "_s + columns.join(u", ") + u" FROM "_s + rel + u" LIMIT 0"_s;
        });
        if (attempt(u"INSERT INTO "_s + rel + u" DEFAULT VALUES"_s, view).allowed)
            cell[u'a'];
        tryColumns(cell, u'w', o, [&](const QStringList& columns) -> QString {
            QStringList sets;
            for (const QString& c : columns)
                sets << c + u" = DEFAULT"_s;
            return u"UPDATE "_s + rel + u" SET "_s + sets.join(u", ") + u" WHERE false"_s;
        });
        if (attempt(u"DELETE FROM "_s + rel + u" WHERE false"_s, view).allowed)
            cell[u'd'];
        if (!view && attempt(u"TRUNCATE "_s + rel).allowed)
            cell[u'D'];
        return cell;
    }

    // Statements that failed for another reason than rights: the test's own mistakes.
    QStringList wrongStatements() const { return m_wrong; }

private:
    // Every column at once; when that is refused, one column at a time.
    template<typename Statement>
    void tryColumns(Cell& cell, QChar letter, const Object& o, Statement statement)
    {
        const bool view = o.kind == u"view";
        if (attempt(statement(o.columns), view).allowed) {
            cell[letter];
            return;
        }
        QStringList allowed;
        for (const QString& column : o.columns) {
            if (attempt(statement({column}), view).allowed)
                allowed << column;
        }
        if (!allowed.isEmpty()) {
            for (QString& c : allowed)
                c.remove(u'"');
            allowed.sort();
            cell[letter] = allowed;
        }
    }

    PgConnection& m_db;
    QStringList m_wrong;
};

// The same cell as the catalog tells it (has_*_privilege), for the role of login.
Cell catalogCell(PgConnection& owner, const Object& o, const QString& login)
{
    Cell cell;
    auto has = [&](const QString& sql, const QVariantList& params) {
        return owner.exec(sql, params).value(0, 0).toBool();
    };
    if (o.kind == u"schema") {
        if (has(u"SELECT has_schema_privilege($1, 'payops', 'USAGE')"_s, {login}))
            cell[u'U'];
        if (has(u"SELECT has_schema_privilege($1, 'payops', 'CREATE')"_s, {login}))
            cell[u'C'];
        return cell;
    }
    if (o.kind == u"function") {
        if (has(u"SELECT has_function_privilege($1, $2::oid, 'EXECUTE')"_s, {login, qint64(o.oid)}))
            cell[u'X'];
        return cell;
    }
    if (o.kind == u"sequence") {
        const QString sql = u"SELECT has_sequence_privilege($1, $2::oid, $3)"_s;
        if (has(sql, {login, qint64(o.oid), u"USAGE"_s}) ||
            has(sql, {login, qint64(o.oid), u"UPDATE"_s}))
            cell[u'U'];
        if (has(sql, {login, qint64(o.oid), u"SELECT"_s}))
            cell[u'r'];
        if (has(sql, {login, qint64(o.oid), u"UPDATE"_s}))
            cell[u'w'];
        return cell;
    }
    const PgResult columns =
        owner.exec(u"SELECT a.attname, has_column_privilege($1, a.attrelid, a.attnum, 'SELECT'),"
                   " has_column_privilege($1, a.attrelid, a.attnum, 'UPDATE')"
                   " FROM pg_attribute AS a WHERE a.attrelid = $2::oid AND a.attnum > 0"
                   " AND NOT a.attisdropped ORDER BY a.attname"_s,
                   {login, qint64(o.oid)});
    for (int column = 1; column <= 2; ++column) {
        QStringList granted;
        for (int row = 0; row < columns.rows(); ++row) {
            if (columns.value(row, column).toBool())
                granted << columns.text(row, 0);
        }
        if (granted.isEmpty())
            continue;
        cell[column == 1 ? u'r' : u'w'] =
            granted.size() == columns.rows() ? QStringList() : granted;
    }
    const std::pair<QChar, QString> tablePrivileges[] = {{u'a', u"INSERT"_s},
                                                         {u'd', u"DELETE"_s},
                                                         {u'D', u"TRUNCATE"_s},
                                                         {u'x', u"REFERENCES"_s},
                                                         {u't', u"TRIGGER"_s}};
    for (const auto& [letter, privilege] : tablePrivileges) {
        if (o.kind == u"view" && letter == u'D')
            continue;
        if (has(u"SELECT has_table_privilege($1, $2::oid, $3)"_s,
                {login, qint64(o.oid), privilege}))
            cell[letter];
    }
    return cell;
}

QList<Object> schemaObjects(PgConnection& owner)
{
    // Types in the calls are written schema-qualified, as the logins' search path wants.
    owner.exec(u"SELECT set_config('search_path', 'pg_catalog', false)"_s);
    QList<Object> objects{{u"schema"_s, u"payops"_s, u"payops"_s, {}, {}, 0}};
    const PgResult relations = owner.exec(
        u"SELECT CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view'"
        " WHEN 'm' THEN 'view' ELSE 'table' END, c.relname, quote_ident(c.relname), c.oid,"
        " (SELECT string_agg(quote_ident(a.attname), ',' ORDER BY a.attnum) FROM pg_attribute a"
        "  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped)"
        " FROM pg_class AS c WHERE c.relnamespace = 'payops'::regnamespace"
        " AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND NOT c.relispartition"
        " ORDER BY 1, 2"_s);
    for (int row = 0; row < relations.rows(); ++row) {
        objects.append({relations.text(row, 0),
                        relations.text(row, 1),
                        relations.text(row, 2),
                        relations.text(row, 4).split(u',', Qt::SkipEmptyParts),
                        {},
                        quint32(relations.toInt(row, 3))});
    }
    const PgResult functions = owner.exec(
        u"SELECT p.proname || '(' || coalesce(string_agg(CASE WHEN t.typcategory = 'A'"
        "   THEN (SELECT e.typname FROM pg_type e WHERE e.oid = t.typelem) || '[]'"
        "   ELSE t.typname END, ',' ORDER BY a.ord), '') || ')',"
        " format('payops.%I(%s)', p.proname, coalesce(string_agg('(SELECT NULL::' ||"
        "   format_type(a.type, NULL) || ')', ', ' ORDER BY a.ord), '')), p.oid"
        " FROM pg_proc AS p"
        " LEFT JOIN LATERAL unnest(p.proargtypes::oid[]) WITH ORDINALITY AS a (type, ord) ON true"
        " LEFT JOIN pg_type AS t ON t.oid = a.type"
        " WHERE p.pronamespace = 'payops'::regnamespace"
        " GROUP BY p.oid, p.proname ORDER BY 1"_s);
    for (int row = 0; row < functions.rows(); ++row) {
        objects.append({u"function"_s,
                        functions.text(row, 0),
                        {},
                        {},
                        functions.text(row, 1),
                        quint32(functions.toInt(row, 2))});
    }
    return objects;
}

struct Matrix
{
    QStringList roles;
    QMap<QString, QList<Cell>> rows; // Object::key() -> one cell per role
};

Matrix readMatrix(const QString& path)
{
    Matrix matrix;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(path));
    QList<QStringList> lines;
    QMap<QString, QString> columnSets;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        if (words.first() == u"roles")
            matrix.roles = words.mid(1);
        else if (words.first() == u"columns" && words.size() == 3)
            columnSets.insert(words[1], words[2]);
        else
            lines.append(words);
    }
    for (const QStringList& words : std::as_const(lines)) {
        QList<Cell> cells;
        for (const QString& word : words.mid(2))
            cells.append(parseCell(word, columnSets));
        matrix.rows.insert(words[0] + u' ' + words[1], cells);
    }
    return matrix;
}

// The actual matrix in the file's own format (PAYOPS_ROLE_MATRIX_OUT=path writes it), so a
// change of rights is reviewed as a diff of role_matrix.txt.
void writeMatrix(const QString& path, const QList<Object>& objects,
                 const QMap<QString, QList<Cell>>& actual)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return;
    QString text = u"roles"_s;
    for (const QString& login : logins)
        text += u' ' + login;
    text += u'\n';
    for (const Object& o : objects) {
        text += o.kind + u' ' + o.name;
        for (const Cell& cell : actual.value(o.key()))
            text += u' ' + cellText(cell);
        text += u'\n';
    }
    file.write(text.toUtf8());
}

// "UPDATE on columns a,b" / "UPDATE" / "no UPDATE"
QString describe(const QString& kind, QChar letter, const Cell& cell)
{
    const auto it = cell.find(letter);
    if (it == cell.end())
        return u"no "_s + actionName(kind, letter);
    if (it->second.isEmpty())
        return actionName(kind, letter);
    return actionName(kind, letter) + u" of "_s + it->second.join(u',');
}

QStringList differences(const Object& o, const QString& login, const Cell& expected,
                        const Cell& actual)
{
    QStringList out;
    QSet<QChar> letters;
    for (const auto& [letter, columns] : expected)
        letters.insert(letter);
    for (const auto& [letter, columns] : actual)
        letters.insert(letter);
    for (QChar letter : letters) {
        const auto e = expected.find(letter);
        const auto a = actual.find(letter);
        if (e != expected.end() && a != actual.end() && e->second == a->second)
            continue;
        out << u"%1 %2, role %3: expected %4, but it has %5"_s.arg(
            o.kind, o.name, login, describe(o.kind, letter, expected),
            describe(o.kind, letter, actual));
    }
    return out;
}

} // namespace

class TestRoleMatrix : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_store.emplace(u"role_matrix"_s);
        m_owner.emplace(PgConnection::open(m_store->ownerDsn()));
        m_objects = schemaObjects(*m_owner);
        QVERIFY(m_objects.size() > 60);
    }
    void cleanupTestCase()
    {
        m_owner.reset();
        m_store.reset();
    }

    // Each action tried on each object as each role equals the matrix; the catalog agrees.
    void everyRoleMayDoWhatTheMatrixSays()
    {
        const Matrix expected = readMatrix(qEnvironmentVariable("PAYOPS_SOURCE_DIR") +
                                           u"/tests/store/role_matrix.txt"_s);
        QCOMPARE(expected.roles, logins);

        QMap<QString, QList<Cell>> actual;
        QStringList problems;
        for (const QString& login : logins) {
            PgConnection db = PgConnection::open(m_store->dsnAs(login));
            db.exec(u"SET statement_timeout = '10s'"_s);
            Prober prober(db);
            for (const Object& o : std::as_const(m_objects)) {
                Cell tried = prober.tryObject(o);
                const Cell catalog = catalogCell(*m_owner, o, login);
                // REFERENCES and TRIGGER are not tried: the catalog alone says who has them.
                for (QChar letter : {u'x', u't'}) {
                    if (catalog.count(letter))
                        tried[letter] = catalog.at(letter);
                }
                if (tried != catalog) {
                    problems << u"%1 %2, role %3: trying gives %4, the catalog says %5"_s.arg(
                        o.kind, o.name, login, cellText(tried), cellText(catalog));
                }
                actual[o.key()].append(tried);
            }
            problems << prober.wrongStatements();
        }
        const QString out = qEnvironmentVariable("PAYOPS_ROLE_MATRIX_OUT");
        if (!out.isEmpty())
            writeMatrix(out, m_objects, actual);

        for (const Object& o : std::as_const(m_objects)) {
            const auto row = expected.rows.constFind(o.key());
            if (row == expected.rows.cend()) {
                problems << u"%1 %2: no line in tests/store/role_matrix.txt (write one: who may"
                            " do what)"_s.arg(o.kind, o.name);
                continue;
            }
            if (row->size() != logins.size()) {
                problems << u"%1 %2: the matrix has %3 cells, not one per role"_s.arg(
                    o.kind, o.name, QString::number(row->size()));
                continue;
            }
            for (int i = 0; i < logins.size(); ++i)
                problems << differences(o, logins[i], row->at(i), actual[o.key()].at(i));
        }
        for (const QString& key : expected.rows.keys()) {
            if (!actual.contains(key))
                problems << key + u": in tests/store/role_matrix.txt but not in the schema"_s;
        }
        for (const QString& problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 differences, listed above (PAYOPS_ROLE_MATRIX_OUT=FILE writes"
                            " the matrix as it is, to compare with role_matrix.txt)"_s.arg(
                                problems.size())));
    }

    // No role holds rights on a partition itself: the partitioned table's rights apply.
    void partitionsGrantNothingOfTheirOwn()
    {
        m_owner->exec(u"SELECT payops.ensure_payment_event_partitions(now(), now()),"
                      " payops.ensure_attempt_partitions(now(), now())"_s);
        const PgResult granted =
            m_owner->exec(u"SELECT c.relname, g.grantee::regrole::text FROM pg_class AS c"
                          " CROSS JOIN LATERAL aclexplode(c.relacl) AS g"
                          " WHERE c.relnamespace = 'payops'::regnamespace AND c.relispartition"
                          " AND g.grantee <> c.relowner"_s);
        QVERIFY(m_owner
                    ->exec(u"SELECT count(*) FROM pg_class WHERE relispartition AND"
                           " relnamespace = 'payops'::regnamespace"_s)
                    .toInt(0, 0) > 0);
        QVERIFY2(granted.rows() == 0,
                 qPrintable(granted.rows() ? granted.text(0, 0) + u" to "_s + granted.text(0, 1)
                                           : QString()));
    }

    // The signing secret is read by the dispatcher (and payops_engine) only: every relation
    // any other role can read, every view, and every function it may run that touches
    // endpoint_secrets are tried for it.
    void secretsReachOnlyTheDispatcher()
    {
        const QString secret = u"whsec_c2VjcmV0LW5vYm9keS1lbHNlLXNob3VsZC1zZWUtMTIzNA=="_s;
        PgConnection admin = PgConnection::open(m_store->dsnAs(u"admin"_s));
        const qint64 endpoint =
            admin
                .exec(u"SELECT payops.save_endpoint(NULL, 'm_secret', 'https://m.example/h',"
                      " '{}', $1, 'secret route test')"_s,
                      {secret})
                .toInt(0, 0);
        admin.exec(u"SELECT payops.set_endpoint_enabled($1, false, 'checking secrets')"_s,
                   {endpoint});
        const QString body = secret.mid(6);

        for (const QString& login : logins) {
            if (login == u"dispatcher" || login == u"engine")
                continue;
            PgConnection db = PgConnection::open(m_store->dsnAs(login));
            QCOMPARE(Prober(db).attempt(u"SELECT secret FROM payops.endpoint_secrets"_s).allowed,
                     false);
            const PgResult readable = m_owner->exec(
                u"SELECT quote_ident(c.relname) FROM pg_class AS c"
                " WHERE c.relnamespace = 'payops'::regnamespace AND c.relkind IN ('r','p','v','m')"
                " AND NOT c.relispartition AND has_table_privilege($1, c.oid, 'SELECT')"_s,
                {login});
            for (int row = 0; row < readable.rows(); ++row) {
                const QString rel = readable.text(row, 0);
                const qint64 leaks =
                    db.exec(u"SELECT count(*) FROM payops.%1 AS t WHERE strpos(t::text, $1) > 0"_s
                                .arg(rel),
                            {body})
                        .toInt(0, 0);
                QVERIFY2(leaks == 0, qPrintable(login + u" reads the secret in "_s + rel));
            }
            const PgResult touching =
                m_owner->exec(u"SELECT p.proname, p.prorettype::regtype::text FROM pg_proc AS p"
                              " WHERE p.pronamespace = 'payops'::regnamespace"
                              " AND p.prosrc LIKE '%endpoint_secrets%'"
                              " AND has_function_privilege($1, p.oid, 'EXECUTE')"_s,
                              {login});
            for (int row = 0; row < touching.rows(); ++row) {
                // Only the admin's write-only save_endpoint, which answers with the id.
                QVERIFY2(touching.text(row, 0) == u"save_endpoint" &&
                             touching.text(row, 1) == u"bigint",
                         qPrintable(login + u" runs "_s + touching.text(row, 0)));
            }
        }
        const PgResult views =
            m_owner->exec(u"SELECT viewname FROM pg_views WHERE schemaname = 'payops'"
                          " AND definition LIKE '%endpoint_secrets%'"_s);
        QVERIFY2(views.rows() == 0, qPrintable(views.rows() ? views.text(0, 0) : QString()));

        PgConnection dispatcher = PgConnection::open(m_store->dsnAs(u"dispatcher"_s));
        QCOMPARE(dispatcher
                     .exec(u"SELECT secret FROM payops.endpoint_secrets WHERE endpoint_id = $1"_s,
                           {endpoint})
                     .text(0, 0),
                 secret);
    }

private:
    std::optional<TestStore> m_store;
    std::optional<PgConnection> m_owner;
    QList<Object> m_objects;
};

QTEST_GUILESS_MAIN(TestRoleMatrix)
#include "tst_role_matrix.moc"
