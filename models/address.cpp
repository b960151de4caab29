// SPDX-License-Identifier: MIT
#include "address.h"
#include "phonenumbers.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Address {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Address", text);
}

struct Format
{
    const char *country;
    const char *pattern;
    const char *example;
};
// Spain: 5 digits, province 01-52. Ireland: Eircode routing key + unique identifier.
// Portugal: 4+3 digits. France: 5 digits. UK: outward + inward code.
constexpr Format formats[] = {
    {"ES", "^(0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}$", "28001"},
    {"IE", "^([AC-FHKNPRTV-Y][0-9]{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}$", "D02 X285"},
    {"PT", "^[1-9][0-9]{3}-[0-9]{3}$", "1100-148"},
    {"FR", "^[0-9]{5}$", "75001"},
    {"GB", "^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}$", "SW1A 1AA"},
};
} // namespace

QStringList countries()
{
    QStringList list;
    for (const Format &format : formats)
        list << QString::fromLatin1(format.country);
    return list;
}

QString normalisePostcode(const QString &country, const QString &postcode)
{
    QString text = postcode.trimmed().toUpper();
    text.remove(u' ');
    if (country == u"IE"_s && text.size() == 7)
        return text.left(3) + u' ' + text.mid(3);
    if (country == u"GB"_s && text.size() >= 5)
        return text.left(text.size() - 3) + u' ' + text.right(3);
    if (country == u"PT"_s && text.size() == 7 && !text.contains(u'-'))
        return text.left(4) + u'-' + text.mid(4);
    return text;
}

QList<FieldError> validate(const QVariantMap &address)
{
    QList<FieldError> errors;
    auto text = [&](const char *field) {
        return address.value(QString::fromLatin1(field)).toString().trimmed();
    };
    auto required = [&](const char *field, const QString &message) {
        const QString value = text(field);
        if (value.isEmpty())
            errors << FieldError{QString::fromLatin1(field), message};
        else if (value.size() > maxLineLength)
            errors << FieldError{QString::fromLatin1(field),
                                 tr("Too long: at most %1 characters.").arg(maxLineLength)};
    };
    required("recipient", tr("Enter the name of the person receiving the parcel."));
    required("line1", tr("Enter the street and number."));
    if (text("line2").size() > maxLineLength)
        errors << FieldError{u"line2"_s, tr("Too long: at most %1 characters.").arg(maxLineLength)};
    required("city", tr("Enter the town or city."));
    if (text("region").size() > maxLineLength)
        errors << FieldError{u"region"_s, tr("Too long: at most %1 characters.").arg(maxLineLength)};

    const QString country = text("country").toUpper();
    const Format *format = nullptr;
    for (const Format &candidate : formats) {
        if (country == QLatin1String(candidate.country))
            format = &candidate;
    }
    if (!format) {
        errors << FieldError{u"country"_s, tr("Choose a country we deliver to.")};
    } else {
        const QString postcode = normalisePostcode(country, text("postcode"));
        if (postcode.isEmpty()) {
            errors << FieldError{u"postcode"_s, tr("Enter the postcode.")};
        } else if (!QRegularExpression(QString::fromLatin1(format->pattern)).match(postcode).hasMatch()) {
            errors << FieldError{u"postcode"_s, tr("This is not a valid postcode here; it looks like "
                                                  "%1.")
                                                   .arg(QString::fromLatin1(format->example))};
        }
    }
    // Read in the delivery country, as the courier will dial it.
    if (!PhoneNumbers::problem(text("phone"), country).isEmpty())
        errors << FieldError {u"phone"_s,
                              tr("This is not a phone number of the delivery country. "
                                 "Type it as it is dialled there, or with + and the "
                                 "country code.")};
    return errors;
}

QString oneLine(const QVariantMap &address)
{
    QStringList parts;
    for (const char *field : {"recipient", "line1", "line2", "postcode", "city", "region", "country"}) {
        const QString value = address.value(QString::fromLatin1(field)).toString().trimmed();
        if (!value.isEmpty())
            parts << value;
    }
    return parts.join(u", "_s);
}

} // namespace Address
