#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QAbstractItemModel;

// A table as the console shows it, as CSV (console/Csv): a header line of the column titles,
// then one line per top-level row of what each cell displays (numbers and times as the
// locale writes them). Every text is made inert for spreadsheets.
namespace ModelCsv {

// columns: model columns in the order to write them; empty means all, in model order.
QByteArray text(const QAbstractItemModel& model, const QList<int>& columns = {});
// Writes text() to path; on failure returns false with the reason in *error, and the file
// at path is left as it was.
bool save(const QAbstractItemModel& model, const QList<int>& columns, const QString& path,
          QString* error);

} // namespace ModelCsv
