// SPDX-License-Identifier: MIT
#include "loyaltycards.h"

using namespace Qt::Literals::StringLiterals;

namespace LoyaltyCards {

QString digitsOf(const QString &typed)
{
    QString digits;
    for (QChar c : typed) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (!(c.isSpace() || c == u'-'))
            return typed.trimmed(); // not a card number: left for isWellFormed to refuse
    }
    return digits;
}

int checkDigit(const QString &firstTwelve)
{
    int sum = 0;
    for (int i = 0; i < 12 && i < firstTwelve.size(); ++i)
        sum += (firstTwelve.at(i).unicode() - u'0') * (i % 2 == 0 ? 3 : 1);
    return (10 - sum % 10) % 10;
}

bool isWellFormed(const QString &digits)
{
    if (digits.size() != 13 || digits.at(0) != u'4')
        return false;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return checkDigit(digits) == digits.at(12).unicode() - u'0';
}

QString cardFor(qint64 number)
{
    const QString first = u"4"_s + QString::number(number).rightJustified(11, u'0');
    return first + QString::number(checkDigit(first));
}

} // namespace LoyaltyCards
