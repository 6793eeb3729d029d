"""states: the names a state goes by, which no rule of names derives ("Russian Federation" is Russia),
and which names are countries' at all.

The short name news uses first, then the official long form and the
abbreviations of it in common use. A name shared by two states ("Congo",
"Guinea") is listed under neither; "Korea" is South Korea, as news outside the
peninsula writes it ("Korea and the US"); the Republic of China is Taiwan, the
People's Republic of China is China. The UK, the US and the Netherlands are in
``lexicon.SAME_NAMES`` with the names news uses for them.
"""
from __future__ import annotations

from functools import cache

from .names import normalize

__all__ = ["STATE_NAMES", "COUNTRIES", "is_country"]

STATE_NAMES = [
    ["China", "People's Republic of China", "PRC", "Mainland China"],
    ["Taiwan", "Republic of China", "Chinese Taipei"],
    ["South Korea", "Republic of Korea", "ROK", "Korea"],
    ["North Korea", "Democratic People's Republic of Korea", "DPRK"],
    ["Russia", "Russian Federation"],
    ["Mexico", "United Mexican States"],
    ["Iran", "Islamic Republic of Iran"],
    ["Pakistan", "Islamic Republic of Pakistan"],
    ["Afghanistan", "Islamic Republic of Afghanistan", "Islamic Emirate of Afghanistan"],
    ["India", "Republic of India"],
    ["Indonesia", "Republic of Indonesia"],
    ["Philippines", "Republic of the Philippines"],
    ["Vietnam", "Viet Nam", "Socialist Republic of Vietnam"],
    ["Laos", "Lao PDR", "Lao People's Democratic Republic"],
    ["Myanmar", "Burma", "Republic of the Union of Myanmar"],
    ["Thailand", "Kingdom of Thailand"],
    ["Cambodia", "Kingdom of Cambodia"],
    ["Malaysia", "Federation of Malaysia"],
    ["Singapore", "Republic of Singapore"],
    ["Brunei", "Brunei Darussalam"],
    ["Timor-Leste", "East Timor", "Democratic Republic of Timor-Leste"],
    ["Japan", "State of Japan"],
    ["Mongolia", "State of Mongolia"],
    ["Bangladesh", "People's Republic of Bangladesh"],
    ["Sri Lanka", "Democratic Socialist Republic of Sri Lanka"],
    ["Nepal", "Federal Democratic Republic of Nepal"],
    ["Kazakhstan", "Republic of Kazakhstan"],
    ["Kyrgyzstan", "Kyrgyz Republic"],
    ["Uzbekistan", "Republic of Uzbekistan"],
    ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"],
    ["UAE", "United Arab Emirates"],
    ["Syria", "Syrian Arab Republic"],
    ["Egypt", "Arab Republic of Egypt"],
    ["Jordan", "Hashemite Kingdom of Jordan"],
    ["Turkey", "Türkiye", "Republic of Turkey", "Republic of Türkiye"],
    ["Israel", "State of Israel"],
    ["Palestine", "State of Palestine"],
    ["Iraq", "Republic of Iraq"],
    ["Qatar", "State of Qatar"],
    ["Kuwait", "State of Kuwait"],
    ["Oman", "Sultanate of Oman"],
    ["Bahrain", "Kingdom of Bahrain"],
    ["Yemen", "Republic of Yemen"],
    ["Morocco", "Kingdom of Morocco"],
    ["Algeria", "People's Democratic Republic of Algeria"],
    ["Tunisia", "Republic of Tunisia"],
    ["Libya", "State of Libya"],
    ["South Africa", "Republic of South Africa"],
    ["Nigeria", "Federal Republic of Nigeria"],
    ["Ethiopia", "Federal Democratic Republic of Ethiopia"],
    ["Kenya", "Republic of Kenya"],
    ["Tanzania", "United Republic of Tanzania"],
    ["Ghana", "Republic of Ghana"],
    ["Côte d'Ivoire", "Ivory Coast", "Republic of Côte d'Ivoire"],
    ["Cabo Verde", "Cape Verde"],
    ["Eswatini", "Swaziland", "Kingdom of Eswatini"],
    ["Czechia", "Czech Republic"],
    ["Slovakia", "Slovak Republic"],
    ["North Macedonia", "Republic of North Macedonia", "Macedonia"],
    ["Moldova", "Republic of Moldova"],
    ["Belarus", "Republic of Belarus"],
    ["Ukraine", "Republic of Ukraine"],
    ["Germany", "Federal Republic of Germany"],
    ["France", "French Republic"],
    ["Italy", "Italian Republic"],
    ["Spain", "Kingdom of Spain"],
    ["Portugal", "Portuguese Republic"],
    ["Greece", "Hellenic Republic"],
    ["Belgium", "Kingdom of Belgium"],
    ["Sweden", "Kingdom of Sweden"],
    ["Norway", "Kingdom of Norway"],
    ["Denmark", "Kingdom of Denmark"],
    ["Finland", "Republic of Finland"],
    ["Poland", "Republic of Poland"],
    ["Austria", "Republic of Austria"],
    ["Switzerland", "Swiss Confederation"],
    ["Ireland", "Republic of Ireland"],
    ["Brazil", "Federative Republic of Brazil"],
    ["Argentina", "Argentine Republic"],
    ["Venezuela", "Bolivarian Republic of Venezuela"],
    ["Bolivia", "Plurinational State of Bolivia"],
    ["Chile", "Republic of Chile"],
    ["Colombia", "Republic of Colombia"],
    ["Peru", "Republic of Peru"],
    ["Ecuador", "Republic of Ecuador"],
    ["Cuba", "Republic of Cuba"],
    ["Australia", "Commonwealth of Australia"],
    ["New Zealand", "Aotearoa"],
    ["Canada", "Dominion of Canada"],
]

#: The short names of the world's states and of the nations of the UK, as news writes them.
COUNTRIES = """
Afghanistan, Albania, Algeria, Andorra, Angola, Antigua and Barbuda, Argentina, Armenia, Australia, Austria,
Azerbaijan, Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan, Bolivia,
Bosnia and Herzegovina, Botswana, Brazil, Brunei, Bulgaria, Burkina Faso, Burundi, Cabo Verde, Cambodia, Cameroon,
Canada, Central African Republic, Chad, Chile, China, Colombia, Comoros, Congo, Costa Rica, Côte d'Ivoire, Croatia,
Cuba, Cyprus, Czechia, Denmark, Djibouti, Dominica, Dominican Republic, Ecuador, Egypt, El Salvador,
Equatorial Guinea, Eritrea, Estonia, Eswatini, Ethiopia, Fiji, Finland, France, Gabon, Gambia, Georgia, Germany,
Ghana, Greece, Grenada, Guatemala, Guinea, Guinea-Bissau, Guyana, Haiti, Honduras, Hungary, Iceland, India,
Indonesia, Iran, Iraq, Ireland, Israel, Italy, Jamaica, Japan, Jordan, Kazakhstan, Kenya, Kiribati, Kosovo, Kuwait,
Kyrgyzstan, Laos, Latvia, Lebanon, Lesotho, Liberia, Libya, Liechtenstein, Lithuania, Luxembourg, Madagascar,
Malawi, Malaysia, Maldives, Mali, Malta, Marshall Islands, Mauritania, Mauritius, Mexico, Micronesia, Moldova,
Monaco, Mongolia, Montenegro, Morocco, Mozambique, Myanmar, Namibia, Nauru, Nepal, Netherlands, New Zealand,
Nicaragua, Niger, Nigeria, North Korea, North Macedonia, Norway, Oman, Pakistan, Palau, Palestine, Panama,
Papua New Guinea, Paraguay, Peru, Philippines, Poland, Portugal, Qatar, Romania, Russia, Rwanda,
Saint Kitts and Nevis, Saint Lucia, Saint Vincent and the Grenadines, Samoa, San Marino, Sao Tome and Principe,
Saudi Arabia, Senegal, Serbia, Seychelles, Sierra Leone, Singapore, Slovakia, Slovenia, Solomon Islands, Somalia,
South Africa, South Korea, South Sudan, Spain, Sri Lanka, Sudan, Suriname, Sweden, Switzerland, Syria, Taiwan,
Tajikistan, Tanzania, Thailand, Timor-Leste, Togo, Tonga, Trinidad and Tobago, Tunisia, Turkey, Turkmenistan, Tuvalu,
Uganda, Ukraine, United Arab Emirates, United Kingdom, United States, Uruguay, Uzbekistan, Vanuatu, Vatican City,
Venezuela, Vietnam, Yemen, Zambia, Zimbabwe, England, Scotland, Wales, Northern Ireland, Hong Kong, Macau
"""


@cache
def _countries() -> frozenset[str]:
    from ..extract import lexicon  # lazily: it loads spaCy

    names = [n.strip() for n in COUNTRIES.replace("\n", " ").split(",")]
    names += [n for group in STATE_NAMES for n in group]
    names += [n for group in lexicon.SAME_NAMES if "UK" in group or "US" in group or "Netherlands" in group for n in group]
    return frozenset(normalize(n) for n in names)


def is_country(name: str) -> bool:
    """Whether a name is a country's, by any name it goes by ("Korea", "Republic of Korea", "US", "Liberia").

    >>> is_country("Republic of Korea"), is_country("the United States"), is_country("Edinburgh")
    (True, True, False)
    """
    return normalize(name) in _countries()
