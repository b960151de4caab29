// SPDX-License-Identifier: MIT
#include "demonames.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace Demo::Names {

namespace {

// Most common first: the picks below favour the start of each list.
constexpr const char *spanishMen[]
    = {"José",   "Antonio", "Manuel",    "Francisco", "David",   "Juan",    "Javier",  "Daniel",
       "Carlos", "Jesús",   "Alejandro", "Miguel",    "Rafael",  "Pablo",   "Sergio",  "Fernando",
       "Jorge",  "Luis",    "Alberto",   "Álvaro",    "Adrián",  "Diego",   "Raúl",    "Iván",
       "Rubén",  "Óscar",   "Andrés",    "Ángel",     "Enrique", "Ramón",   "Víctor",  "Hugo",
       "Mario",  "Marcos",  "Íñigo",     "Gonzalo",   "Joaquín", "Ignacio", "Nicolás", "Tomás"};
constexpr const char *spanishWomen[]
    = {"María",    "Carmen",  "Ana",      "Laura",    "Isabel", "Lucía",   "Cristina", "Marta",
       "Sara",     "Paula",   "Elena",    "Raquel",   "Pilar",  "Rosa",    "Sofía",    "Beatriz",
       "Patricia", "Nuria",   "Silvia",   "Irene",    "Andrea", "Mónica",  "Inés",     "Alba",
       "Julia",    "Teresa",  "Verónica", "Begoña",   "Noelia", "Rocío",   "Lorena",   "Marina",
       "Ainhoa",   "Natalia", "Ángela",   "Victoria", "Alicia", "Claudia", "Eva",      "Belén"};
constexpr const char *catalanMen[]
    = {"Jordi",  "Marc",  "Pau",   "Joan",  "Oriol",   "Arnau",  "Pol",  "Xavier",
       "Albert", "Sergi", "Josep", "Martí", "Guillem", "Ferran", "Quim", "Àlex"};
constexpr const char *catalanWomen[]
    = {"Montserrat", "Laia",  "Núria",     "Marta", "Anna",    "Mireia", "Júlia", "Aina",
       "Clara",      "Berta", "Meritxell", "Gemma", "Queralt", "Roser",  "Neus",  "Txell"};
constexpr const char *spanishSurnames[]
    = {"García",  "Rodríguez", "González", "Fernández", "López",   "Martínez",  "Sánchez",
       "Pérez",   "Gómez",     "Martín",   "Jiménez",   "Ruiz",    "Hernández", "Díaz",
       "Moreno",  "Muñoz",     "Álvarez",  "Romero",    "Alonso",  "Gutiérrez", "Navarro",
       "Torres",  "Domínguez", "Vázquez",  "Ramos",     "Gil",     "Ramírez",   "Serrano",
       "Blanco",  "Molina",    "Morales",  "Suárez",    "Ortega",  "Delgado",   "Castro",
       "Ortiz",   "Rubio",     "Marín",    "Sanz",      "Núñez",   "Iglesias",  "Medina",
       "Garrido", "Cortés",    "Castillo", "Santos",    "Lozano",  "Guerrero",  "Cano",
       "Prieto",  "Méndez",    "Cruz",     "Calvo",     "Gallego", "Vidal",     "León",
       "Márquez", "Herrera",   "Peña",     "Flores",    "Cabrera", "Campos",    "Vega",
       "Fuentes", "Carrasco",  "Díez",     "Caballero", "Reyes",   "Nieto",     "Aguilar",
       "Pascual", "Herrero",   "Lorenzo",  "Montero",   "Hidalgo", "Giménez",   "Ibáñez",
       "Ferrer",  "Durán",     "Benítez",  "Mora",      "Vicente", "Vargas",    "Arias",
       "Carmona", "Crespo",    "Román",    "Pastor",    "Soto",    "Sáez",      "Velasco",
       "Moya",    "Soler",     "Parra",    "Esteban",   "Bravo",   "Gallardo",  "Rojas",
       "Pardo",   "Echeverría"};
constexpr const char *catalanSurnames[]
    = {"Puig",  "Vila",  "Roca",  "Serra",   "Ferrer", "Soler",    "Pujol",  "Font",
       "Casas", "Costa", "Riera", "Batlle",  "Bosch",  "Camps",    "Sala",   "Pons",
       "Mas",   "Vidal", "Prat",  "Torrent", "Ribas",  "Castells", "Vallès", "Bonet"};
constexpr const char *irishMen[]
    = {"Jack",    "James", "Seán",  "Conor",   "Daniel",  "Michael", "David",   "John",
       "Patrick", "Cian",  "Liam",  "Darragh", "Ciarán",  "Eoin",    "Mark",    "Paul",
       "Thomas",  "Oisín", "Fionn", "Rory",    "Cillian", "Tadhg",   "Pádraig", "Niall",
       "Kevin",   "Brian", "Shane", "Dylan",   "Adam",    "Ryan"};
constexpr const char *irishWomen[]
    = {"Emma",      "Sarah",   "Aoife",  "Ciara",  "Niamh",     "Mary",    "Laura",  "Katie",
       "Chloe",     "Grace",   "Sophie", "Róisín", "Siobhán",   "Saoirse", "Sinéad", "Orla",
       "Aisling",   "Caoimhe", "Emily",  "Hannah", "Lucy",      "Ella",    "Amy",    "Rachel",
       "Catherine", "Clodagh", "Éabha",  "Olivia", "Charlotte", "Méabh"};
constexpr const char *irishSurnames[]
    = {"Murphy",    "Kelly",      "O'Sullivan",  "Walsh",     "Smith",    "O'Brien",  "Byrne",
       "Ryan",      "O'Connor",   "O'Neill",     "O'Reilly",  "Doyle",    "McCarthy", "Gallagher",
       "O'Doherty", "Kennedy",    "Lynch",       "Murray",    "Quinn",    "Moore",    "McLoughlin",
       "O'Carroll", "Connolly",   "Daly",        "O'Connell", "Wilson",   "Dunne",    "Brennan",
       "Burke",     "Collins",    "Campbell",    "Clarke",    "Johnston", "Hughes",   "Fitzgerald",
       "Brown",     "Martin",     "Maguire",     "Nolan",     "Flynn",    "Thompson", "O'Callaghan",
       "O'Donnell", "Duffy",      "O'Mahony",    "Boyle",     "Healy",    "O'Shea",   "White",
       "Sweeney",   "Hayes",      "Kavanagh",    "Power",     "McGrath",  "Moran",    "Brady",
       "Casey",     "Foley",      "Fitzpatrick", "O'Leary",   "Donnelly", "Donovan",  "Flanagan",
       "Barry",     "Griffin",    "Kenny",       "Sheehan",   "Whelan",   "Lyons",    "Cullen",
       "Keane",     "Maher",      "McKenna",     "Hogan",     "O'Keeffe", "McNamara", "Buckley",
       "O'Dwyer",   "Ní Bhriain", "Mac Giolla"};

// Staff of MAD, BCN, DUB and ORK; the manager is second in Madrid (staff number 1002) and
// first elsewhere.
constexpr const char *staffNames[4][8]
    = {{"Lucía Fernández", "Carlos Ortega", "Marta Gil", "Pablo Navarro", "Elena Ruiz",
        "Sergio Castro", "Irene Molina", "Diego Ramos"},
       {"Montserrat Puig", "Jordi Vila", "Laia Roca", "Marc Serra", "Núria Ferrer", "Pau Soler",
        "Clara Vidal", "Àlex Costa"},
       {"Siobhán Kelly", "Conor Walsh", "Aoife Byrne", "Ciarán Doyle", "Niamh Ryan",
        "Darragh Quinn", "Róisín Nolan", "Emma Brennan"},
       {"Pádraig O'Sullivan", "Orla Murphy", "Cian McCarthy", "Sinéad O'Leary", "Eoin Buckley",
        "Ciara Sheehan", "Tadhg O'Mahony", "Grace Foley"}};

constexpr const char *domains[]
    = {"example.com", "example.net", "example.org", "mail.example", "correo.example"};

// Weight 1/(rank + 6): the commonest names a few times likelier than the rarest.
int zipfIndex(Rng &rng, int size)
{
    static const std::vector<double> cumulative = [] {
        std::vector<double> c;
        double sum = 0;
        for (int i = 0; i < 128; ++i) {
            sum += 1.0 / (i + 6);
            c.push_back(sum);
        }
        return c;
    }();
    const double r = rng.real() * cumulative[size_t(size) - 1];
    return int(std::upper_bound(cumulative.begin(), cumulative.begin() + size, r)
               - cumulative.begin());
}

template<std::size_t N> const char *common(Rng &rng, const char *const (&names)[N])
{
    static_assert(N <= 128);
    return names[zipfIndex(rng, int(N))];
}

} // namespace

PersonName person(Rng &rng, Origin origin)
{
    PersonName name;
    name.female = rng.chance(0.56); // fashion retail: somewhat more women among members
    switch (origin) {
    case Origin::Irish:
        name.first = name.female ? common(rng, irishWomen) : common(rng, irishMen);
        name.last = common(rng, irishSurnames);
        if (rng.chance(0.04)) // a double-barrelled name now and then
            name.last += std::string("-") + common(rng, irishSurnames);
        return name;
    case Origin::Catalan:
        if (rng.chance(0.6)) {
            name.first = name.female ? common(rng, catalanWomen) : common(rng, catalanMen);
            name.last = common(rng, catalanSurnames);
            name.last += ' ';
            name.last
                += rng.chance(0.5) ? common(rng, catalanSurnames) : common(rng, spanishSurnames);
            return name;
        }
        break;
    case Origin::Spanish:
        break;
    }
    name.first = name.female ? common(rng, spanishWomen) : common(rng, spanishMen);
    do {
        name.last = common(rng, spanishSurnames);
    } while (name.first == "José" && name.last == "Muñoz");
    if (rng.chance(0.7)) {
        name.last += ' ';
        name.last += common(rng, spanishSurnames);
    }
    return name;
}

std::string asciiFold(std::string_view utf8)
{
    // Two-byte UTF-8 letters of the names above (Latin-1 supplement), folded to ASCII.
    static constexpr struct
    {
        unsigned char second;
        char ascii;
    } folds[] = {{0x80, 'a'}, {0x81, 'a'}, {0x87, 'c'}, {0x88, 'e'}, {0x89, 'e'}, {0x8d, 'i'},
                 {0x91, 'n'}, {0x93, 'o'}, {0x9a, 'u'}, {0x9c, 'u'}, {0xa0, 'a'}, {0xa1, 'a'},
                 {0xa7, 'c'}, {0xa8, 'e'}, {0xa9, 'e'}, {0xad, 'i'}, {0xaf, 'i'}, {0xb1, 'n'},
                 {0xb2, 'o'}, {0xb3, 'o'}, {0xba, 'u'}, {0xbc, 'u'}};
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == 0xc3 && i + 1 < utf8.size()) {
            const auto next = static_cast<unsigned char>(utf8[++i]);
            for (const auto &fold : folds) {
                if (fold.second == next)
                    out += fold.ascii;
            }
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out += char(c);
        } else if (c >= 'A' && c <= 'Z') {
            out += char(c - 'A' + 'a');
        }
    }
    return out;
}

std::string email(Rng &rng, const PersonName &name)
{
    const std::string first = asciiFold(name.first);
    // The first surname only: "maria.lopez", not "maria.lopezgarcia".
    const std::string_view lastView(name.last);
    const std::string last = asciiFold(lastView.substr(0, lastView.find_first_of(" -")));
    std::string local;
    switch (rng.below(5)) {
    case 0:
        local = first + '.' + last;
        break;
    case 1:
        local = first + last;
        break;
    case 2:
        local = first.substr(0, 1) + last;
        break;
    case 3:
        local = first + '_' + last;
        break;
    default:
        local = last + '.' + first;
        break;
    }
    if (rng.chance(0.65))
        local += std::to_string(rng.chance(0.5) ? rng.range(1, 99) : rng.range(1950, 2006));
    return local + '@' + rng.pick(domains);
}

std::string mobilePhone(Rng &rng, bool irish, quint64 number, bool abroad)
{
    // An odd multiplier not divisible by 5 permutes 0..10^7-1: different customers, different
    // numbers (until ten million per prefix).
    const quint64 subscriber = (number * 2654435761ULL + 1234567ULL) % 10000000ULL;
    char buffer[40];
    const unsigned s = unsigned(subscriber);
    if (irish) {
        static constexpr int prefixes[] = {83, 85, 86, 87, 89};
        const int prefix = prefixes[number % 5];
        const unsigned a = s / 10000, b = s % 10000;
        const int form = rng.weighted({40, 35, 15, 10});
        // A number from abroad is typed with its country code, or it would be read as one of
        // the store's country.
        switch (abroad && form != 3 ? 0 : form) {
        case 0:
            std::snprintf(buffer, sizeof buffer, "+353 %d %03u %04u", prefix, a, b);
            break;
        case 1:
            std::snprintf(buffer, sizeof buffer, "0%d %03u %04u", prefix, a, b);
            break;
        case 2:
            std::snprintf(buffer, sizeof buffer, "0%d%03u%04u", prefix, a, b);
            break;
        default:
            std::snprintf(buffer, sizeof buffer, "00353 %d %03u %04u", prefix, a, b);
            break;
        }
        return buffer;
    }
    // Spanish mobiles: 6xx and 7xx, nine digits.
    static constexpr int prefixes[] = {600, 610, 612, 616, 620, 626, 630, 633, 636, 639, 644, 646,
                                       650, 655, 660, 666, 670, 677, 680, 686, 690, 699, 711, 722};
    const int prefix = prefixes[number % (sizeof prefixes / sizeof *prefixes)] + int(s % 10);
    const unsigned rest = s / 10; // six digits
    const unsigned ab = rest / 10000, cd = rest / 100 % 100, ef = rest % 100;
    const int form = rng.weighted({40, 20, 15, 15, 10});
    switch (abroad && (form == 1 || form == 2) ? 0 : form) {
    case 0:
        std::snprintf(buffer, sizeof buffer, "+34 %d %02u %02u %02u", prefix, ab, cd, ef);
        break;
    case 1:
        std::snprintf(buffer, sizeof buffer, "%d %02u %02u %02u", prefix, ab, cd, ef);
        break;
    case 2:
        std::snprintf(buffer, sizeof buffer, "%d%06u", prefix, rest);
        break;
    case 3:
        std::snprintf(buffer, sizeof buffer, "+34 %d %03u %03u", prefix, rest / 1000, rest % 1000);
        break;
    default:
        std::snprintf(buffer, sizeof buffer, "0034 %d %02u %02u %02u", prefix, ab, cd, ef);
        break;
    }
    return buffer;
}

std::string staffName(int storeIndex, int index)
{
    return staffNames[storeIndex][index];
}

} // namespace Demo::Names
