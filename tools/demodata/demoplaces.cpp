// SPDX-License-Identifier: MIT
#include "demoplaces.h"

#include <cstdio>

namespace Demo::Places {

namespace {

constexpr Location locations[locationCount] = {
    {"MAD", "store", "Madrid Serrano", "Calle de Serrano, 47", "Madrid", "28001", "ES", 40.425610,
     -3.686820, "Europe/Madrid", 2100, "+34 914 35 27 60", "serrano@stores.example"},
    {"BCN", "store", "Barcelona Passeig de Gràcia", "Passeig de Gràcia, 55", "Barcelona", "08007",
     "ES", 41.392520, 2.164940, "Europe/Madrid", 2100, "+34 932 15 48 90",
     "passeigdegracia@stores.example"},
    {"DUB", "store", "Dublin Grafton Street", "45 Grafton Street", "Dublin 2", "D02 XK27", "IE",
     53.341300, -6.260200, "Europe/Dublin", 2300, "+353 1 677 4120",
     "graftonstreet@stores.example"},
    {"ORK", "store", "Cork Patrick Street", "102 Patrick Street", "Cork", "T12 H2P8", "IE",
     51.898300, -8.472300, "Europe/Dublin", 2300, "+353 21 427 3910",
     "patrickstreet@stores.example"},
    {"WH1", "warehouse", "Zaragoza Warehouse", "Calle Bari, 25 (Plataforma Logística PLAZA)",
     "Zaragoza", "50197", "ES", 41.623600, -0.996000, "Europe/Madrid", 2100, "+34 976 45 88 10",
     "logistica@stores.example"},
};

struct Street
{
    const char *name;
    const char *postcode; // Spain: the postcode; Ireland: the Eircode routing key
    const char *area; // Ireland: the district or suburb
    const char *city;
};

constexpr Street madrid[] = {
    {"Calle de Alcalá", "28009", "", "Madrid"},
    {"Calle de Goya", "28001", "", "Madrid"},
    {"Calle de Velázquez", "28006", "", "Madrid"},
    {"Calle del Príncipe de Vergara", "28002", "", "Madrid"},
    {"Calle de Bravo Murillo", "28020", "", "Madrid"},
    {"Paseo de la Castellana", "28046", "", "Madrid"},
    {"Calle de Embajadores", "28012", "", "Madrid"},
    {"Calle de Arturo Soria", "28043", "", "Madrid"},
    {"Calle de Fuencarral", "28004", "", "Madrid"},
    {"Calle de López de Hoyos", "28002", "", "Madrid"},
    {"Calle de Ibiza", "28009", "", "Madrid"},
    {"Avenida de Europa", "28224", "", "Pozuelo de Alarcón"},
    {"Calle Real", "28220", "", "Majadahonda"},
    {"Calle Mayor", "28801", "", "Alcalá de Henares"},
};
constexpr Street barcelona[] = {
    {"Carrer de Mallorca", "08029", "", "Barcelona"},
    {"Carrer d'Aragó", "08011", "", "Barcelona"},
    {"Carrer de Provença", "08036", "", "Barcelona"},
    {"Avinguda Diagonal", "08021", "", "Barcelona"},
    {"Carrer de Balmes", "08006", "", "Barcelona"},
    {"Carrer de Sants", "08014", "", "Barcelona"},
    {"Carrer de Muntaner", "08021", "", "Barcelona"},
    {"Carrer Gran de Gràcia", "08012", "", "Barcelona"},
    {"Carrer de Sardenya", "08025", "", "Barcelona"},
    {"Rambla de Catalunya", "08008", "", "Barcelona"},
    {"Carrer Major", "08172", "", "Sant Cugat del Vallès"},
    {"Rambla de Sant Just", "08960", "", "Sant Just Desvern"},
};
constexpr Street dublin[] = {
    {"Rathmines Road Upper", "D06", "Rathmines", "Dublin 6"},
    {"Clontarf Road", "D03", "Clontarf", "Dublin 3"},
    {"Drumcondra Road Lower", "D09", "Drumcondra", "Dublin 9"},
    {"Ranelagh Road", "D06", "Ranelagh", "Dublin 6"},
    {"Merrion Road", "D04", "Ballsbridge", "Dublin 4"},
    {"Terenure Road East", "D6W", "Terenure", "Dublin 6W"},
    {"Griffith Avenue", "D09", "Glasnevin", "Dublin 9"},
    {"Howth Road", "D05", "Raheny", "Dublin 5"},
    {"Main Street", "A94", "Blackrock", "Blackrock"},
    {"Castle Street", "A96", "Dalkey", "Dalkey"},
    {"Strand Street", "K36", "Malahide", "Malahide"},
};
constexpr Street cork[] = {
    {"Douglas Road", "T12", "Douglas", "Cork"},
    {"Blackrock Road", "T12", "Ballintemple", "Cork"},
    {"College Road", "T12", "", "Cork"},
    {"Western Road", "T12", "", "Cork"},
    {"Summerhill North", "T23", "St Luke's", "Cork"},
    {"Main Street", "P31", "Ballincollig", "Ballincollig"},
    {"Harbour Row", "P24", "Cobh", "Cobh"},
    {"Glanmire Road Lower", "T23", "Tivoli", "Cork"},
};

template<std::size_t N> const Street &streetIn(Rng &rng, const Street (&streets)[N])
{
    return rng.pick(streets);
}

std::string eircode(Rng &rng, const char *routingKey)
{
    static constexpr char chars[] = "0123456789ACDEFHKNPRTVWXY";
    static constexpr char letters[] = "ACDEFHKNPRTVWXY";
    std::string code = routingKey;
    code += ' ';
    code += letters[rng.below(sizeof letters - 1)];
    for (int i = 0; i < 3; ++i)
        code += chars[rng.below(sizeof chars - 1)];
    return code;
}

Address spanishAddress(Rng &rng, const Street &street, bool madridRegion)
{
    static constexpr const char *doors[] = {"A", "B", "C", "D", "izquierda", "derecha"};
    char buffer[160];
    Address address;
    std::snprintf(buffer, sizeof buffer, "%s, %d", street.name, rng.range(1, 180));
    address.line1 = buffer;
    if (rng.chance(0.85)) { // most people live in flats: floor and door
        std::snprintf(buffer, sizeof buffer, "%dº %s", rng.range(1, 9), rng.pick(doors));
        address.line2 = buffer;
    }
    address.city = street.city;
    address.postcode = street.postcode;
    address.region = madridRegion ? "Madrid" : "Barcelona";
    address.country = "ES";
    return address;
}

Address irishAddress(Rng &rng, const Street &street, bool dublinRegion)
{
    char buffer[160];
    Address address;
    if (rng.chance(0.2)) {
        std::snprintf(buffer, sizeof buffer, "Apartment %d, %d %s", rng.range(1, 60),
                      rng.range(1, 40), street.name);
    } else {
        std::snprintf(buffer, sizeof buffer, "%d %s", rng.range(1, 220), street.name);
    }
    address.line1 = buffer;
    address.line2 = street.area;
    address.city = street.city;
    address.postcode = eircode(rng, street.postcode);
    address.region = dublinRegion ? "Co. Dublin" : "Co. Cork";
    address.country = "IE";
    return address;
}

} // namespace

const Location &location(int index)
{
    return locations[index];
}

std::string staffId(int store, int k)
{
    return "ST" + std::to_string(staffNumber(store, k));
}

Address homeAddress(Rng &rng, int homeStore)
{
    switch (homeStore) {
    case 1:
        return spanishAddress(rng, streetIn(rng, barcelona), false);
    case 2:
        return irishAddress(rng, streetIn(rng, dublin), true);
    case 3:
        return irishAddress(rng, streetIn(rng, cork), false);
    default:
        return spanishAddress(rng, streetIn(rng, madrid), true);
    }
}

Address workAddress(Rng &rng, int homeStore)
{
    // City-centre streets: the first few of each list.
    switch (homeStore) {
    case 1:
        return spanishAddress(rng, barcelona[rng.below(4)], false);
    case 2:
        return irishAddress(rng, dublin[rng.below(4)], true);
    case 3:
        return irishAddress(rng, cork[rng.below(4)], false);
    default:
        return spanishAddress(rng, madrid[rng.below(6)], true);
    }
}

std::string oneLine(const Address &address)
{
    std::string line = address.line1;
    if (!address.line2.empty())
        line += ", " + address.line2;
    // Spain writes the postcode before the town; Ireland puts the Eircode last.
    if (address.country == "ES")
        return line + ", " + address.postcode + ' ' + address.city + ", Spain";
    return line + ", " + address.city + ", " + address.postcode + ", Ireland";
}

} // namespace Demo::Places
