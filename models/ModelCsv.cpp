#include "ModelCsv.h"

#include "console/Csv.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace ModelCsv {

QByteArray text(const QAbstractItemModel& model, const QList<int>& columns)
{
    QList<int> order = columns;
    if (order.isEmpty())
        for (int column = 0; column < model.columnCount(); ++column)
            order.append(column);
    QStringList fields;
    for (int column : order)
        fields << Csv::inert(model.headerData(column, Qt::Horizontal).toString());
    QByteArray csv = Csv::line(fields);
    for (int row = 0; row < model.rowCount(); ++row) {
        fields.clear();
        for (int column : order)
            fields << Csv::inert(model.index(row, column).data().toString());
        csv += Csv::line(fields);
    }
    return csv;
}

bool save(const QAbstractItemModel& model, const QList<int>& columns, const QString& path,
          QString* error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text(model, columns)) >= 0 && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace ModelCsv
