"""Foreign places far from the border that the gazetteer holds by name only.

Border news names the far ends of the routes it reports: where the drugs
are made ("Shan State in Myanmar"), where they go ("Bangkok", "Guangdong"),
the Lao provinces beyond the border region ("Bokeo", "Savannakhet") and the
capitals of meetings ("Beijing", "Vienna").  The gazetteer holds places with
a point near Điện Biên; these it does not, and the map would not draw them
(places far outside the region are listed beside the map).  A name here is a
mention of kind ``foreign_place`` (or ``country``: Japan, Malaysia, Qatar, where
workers go), unresolved, under its usual English name (see
:func:`geo.mentions.resolve.decide`), unless the gazetteer has the name.

Names only, no points: each group cites the list it comes from.  Left out:
names that are ordinary words or people first ("Muse", "Nan", "Tak",
"Washington"), peoples whose state is named after them without the word
"State" ("Shan", "Kachin", "Mon", "Chin"), the Lancang of the
"Lancang-Mekong Cooperation", countries (the gazetteer's own kind), and
Mohan, read by annotators as a town and, before "port", as a gate.
"""

from __future__ import annotations

from geo.model import Kind
from geo.text import fold

__all__ = ["FAR_PLACES"]

#: (usual English name, other spellings), grouped by the source of the names.
_NAMES: tuple[tuple[str, ...], ...] = (
    # Laos: provinces beyond the border region (ISO 3166-2:LA; Lao Statistics Bureau,
    # https://en.wikipedia.org/wiki/Provinces_of_Laos), towns on the Mekong route
    ("Bokeo", "Bokèo"), ("Attapeu", "Attopeu"), ("Bolikhamxay", "Bolikhamsai", "Borikhamxay"),
    ("Champasak", "Champassak"), ("Khammouane", "Khammouan"),
    ("Salavan", "Saravan", "Saravane"), ("Savannakhet", "Savannakhét"),
    ("Sekong", "Xekong", "Xékong"), ("Xiengkhouang", "Xieng Khouang", "Xiangkhouang"),
    ("Xaisomboun", "Xaysomboun"),
    ("Xayaboury", "Sayaboury", "Xayabouly", "Xaignabouli", "Sainyabuli", "Xayabury"),
    ("Houayxay", "Huay Xai", "Houei Xai", "Houayxai"), ("Pakbeng",), ("Tonpheung",),
    ("Thakhek",), ("Pakse",),
    # Myanmar: states and regions (ISO 3166-2:MM; https://en.wikipedia.org/wiki/
    # Administrative_divisions_of_Myanmar), the towns of the Golden Triangle trade
    ("Shan State",), ("Kachin State",), ("Kayah State",), ("Kayin State",), ("Chin State",),
    ("Mon State",), ("Rakhine State",), ("Sagaing",), ("Mandalay",), ("Yangon", "Rangoon"),
    ("Naypyidaw", "Nay Pyi Taw", "Naypyitaw"), ("Tachileik", "Tachilek"), ("Mong La",),
    ("Lashio",), ("Myawaddy",),
    # Thailand: the capital and the provinces and towns of the north (ISO 3166-2:TH;
    # https://en.wikipedia.org/wiki/Provinces_of_Thailand)
    ("Bangkok",), ("Chiang Rai",), ("Chiang Mai",), ("Chiang Saen",), ("Chiang Khong",),
    ("Mae Sai",), ("Phayao",), ("Loei",), ("Nong Khai",), ("Nakhon Phanom",), ("Mukdahan",),
    ("Udon Thani",), ("Ubon Ratchathani",),
    # China: provinces, municipalities and regions (ISO 3166-2:CN; https://en.wikipedia.org/
    # wiki/Provinces_of_China), Yunnan's prefectures and border towns (https://en.wikipedia.org/
    # wiki/List_of_administrative_divisions_of_Yunnan), the cities of the trade
    ("Beijing",), ("Shanghai",), ("Tianjin",), ("Chongqing",), ("Guangdong",), ("Guizhou",),
    ("Sichuan",), ("Hunan",), ("Hubei",), ("Henan",), ("Hebei",), ("Shandong",), ("Shanxi",),
    ("Shaanxi",), ("Jiangsu",), ("Jiangxi",), ("Zhejiang",), ("Fujian",), ("Anhui",),
    ("Hainan",), ("Gansu",), ("Qinghai",), ("Liaoning",), ("Jilin",), ("Heilongjiang",),
    ("Inner Mongolia",), ("Ningxia",), ("Xinjiang",), ("Tibet",), ("Hong Kong",),
    ("Macau", "Macao"), ("Guangzhou",), ("Shenzhen",), ("Nanning",), ("Pingxiang",),
    ("Dongxing",), ("Xishuangbanna",), ("Honghe",), ("Wenshan",), ("Lincang",), ("Dehong",),
    ("Baoshan",), ("Dali",), ("Lijiang",), ("Chuxiong",), ("Yuxi",), ("Qujing",),
    ("Zhaotong",), ("Hekou",), ("Ruili",), ("Menglian",),
    # the capitals of the region and of the meetings border news reports (the capital of
    # each country: https://en.wikipedia.org/wiki/List_of_national_capitals; UNODC's seat)
    ("Phnom Penh",), ("Kuala Lumpur",), ("Jakarta",), ("Manila",), ("Seoul",), ("Tokyo",),
    ("New Delhi",), ("Moscow",), ("Canberra",), ("Vienna",), ("Geneva",),
)
#: Countries beyond the region that border news names, as workers' destinations, donors and
#: partners (ISO 3166-1 short names in English; https://www.iso.org/obp/ui/#search): kind
#: ``country``, no point (the gazetteer's countries are Vietnam's neighbours and the region's).
#: Not "US" (the word "us"), not "Georgia" (a state too).
_COUNTRIES: tuple[tuple[str, ...], ...] = (
    ("Japan",), ("South Korea", "Republic of Korea", "Korea"), ("North Korea",),
    ("Taiwan",), ("Malaysia",), ("Singapore",), ("Indonesia",), ("Philippines",),
    ("India",), ("Australia",), ("New Zealand",), ("Russia",), ("France",), ("Germany",),
    ("United Kingdom",), ("United States",), ("Canada",), ("Italy",), ("Switzerland",),
    ("Sweden",), ("Finland",), ("Norway",), ("Denmark",), ("Netherlands",), ("Belgium",),
    ("Qatar",), ("Saudi Arabia",), ("United Arab Emirates",), ("Kuwait",), ("Israel",),
    ("Kenya",), ("Cuba",), ("Mongolia",), ("Bangladesh",), ("Nepal",),
)

#: Folded name or spelling → (kind, usual English name).
FAR_PLACES: dict[str, tuple[str, str]] = {
    **{fold(spelling): (Kind.FOREIGN_PLACE, names[0]) for names in _NAMES
       for spelling in names},
    **{fold(spelling): (Kind.COUNTRY, names[0]) for names in _COUNTRIES for spelling in names}}
