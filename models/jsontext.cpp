// SPDX-License-Identifier: MIT
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace JsonText {

namespace {

/** The text with NUL and unpaired surrogates replaced by U+FFFD. */
QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.unicode() == 0 || c.isSurrogate()) {
            out += QChar::ReplacementCharacter;
        } else {
            out += c;
        }
    }
    return out;
}

bool check(const QJsonValue &value, const QString &path, QString *where)
{
    const auto bad = [&](const QString &at) {
        if (where)
            *where = at;
        return false;
    };
    switch (value.type()) {
    case QJsonValue::String:
        return isClean(value.toString()) || bad(path);
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!check(array.at(i), u"%1[%2]"_s.arg(path).arg(i), where))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            const QString at = path.isEmpty() ? printable(key) : path + u'.' + printable(key);
            if (!isClean(key))
                return bad(at);
            if (!check(it.value(), at, where))
                return false;
        }
        return true;
    }
    default:
        return true;
    }
}

} // namespace

bool isClean(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() == 0)
            return false;
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i; // a whole pair
        } else if (c.isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

bool isClean(const QJsonValue &value, QString *where)
{
    if (where)
        where->clear();
    return check(value, {}, where);
}

} // namespace JsonText
