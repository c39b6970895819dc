"""acudesk's own table of ingredient names: what a client may write, what a label prints.

A ``Substance`` is one thing a person can react to, with every name it goes by on a label
or in conversation (INCI name, Colour Index number, common name). A ``Family`` is a word
that stands for several substances: "iron oxides" on a label may be any of the three
oxides; "nuts" in an allergy list means every nut oil and butter below.

Decisions, so that nobody has to guess them later:

* "Nuts" covers tree nuts and peanut, and also shea butter (the fat of the shea nut) and
  argan and kukui oils (oils pressed from nut kernels). Reactions to refined shea butter are
  rare, but a client who writes "nuts" is not offered it. Coconut is not a nut here: it is
  matched only when the client writes "coconut".
* "Fragrance" / "perfume" also covers the fragrance allergens that EU labels name
  (Linalool, Limonene...) and fragrant essential oils, and a "Parfum" on a label may hide
  any of them: a client who reacts to linalool is not offered a perfumed product.
* "Metal" covers nickel, cobalt and chromium (the usual metal contact allergens), and so the
  chromium oxide greens used in colour correctors. Iron oxides and zinc oxide are not
  "metal" here: they are mineral pigments that metal-allergic skin tolerates.
* "Chemical sunscreen" means the organic UV filters; zinc oxide and titanium dioxide are
  the mineral filters and never count as chemical.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Substance:
    key: str
    label: str
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Family:
    names: tuple[str, ...]
    members: frozenset[str]
    on_labels: bool  # True when the word printed on a label also means "any of these"


def _s(key: str, label: str, *names: str) -> Substance:
    return Substance(key, label, (label, *names))


# Mineral pigments and fillers (Colour Index numbers as used on EU labels).
_MINERALS = (
    _s("titanium-dioxide", "Titanium Dioxide", "CI 77891", "titania"),
    _s("zinc-oxide", "Zinc Oxide", "CI 77947"),
    _s("iron-oxide-red", "Iron Oxide Red", "CI 77491", "red iron oxide", "ferric oxide"),
    _s("iron-oxide-yellow", "Iron Oxide Yellow", "CI 77492", "yellow iron oxide"),
    _s("iron-oxide-black", "Iron Oxide Black", "CI 77499", "black iron oxide"),
    _s("mica", "Mica", "CI 77019", "sericite"),
    _s("bismuth-oxychloride", "Bismuth Oxychloride", "CI 77163"),
    _s("ultramarines", "Ultramarines", "CI 77007", "ultramarine blue", "ultramarine violet"),
    _s("manganese-violet", "Manganese Violet", "CI 77742"),
    _s("chromium-oxide-green", "Chromium Oxide Greens", "CI 77288", "chromium oxide green"),
    _s("chromium-hydroxide-green", "Chromium Hydroxide Green", "CI 77289"),
    _s("talc", "Talc", "CI 77718"),
    _s("kaolin", "Kaolin", "CI 77004", "china clay"),
    _s("carmine", "Carmine", "CI 75470", "cochineal", "carminic acid"),
)

_METALS = (
    _s("nickel", "Nickel", "nickel sulfate"),
    _s("cobalt", "Cobalt"),
    _s("chromium", "Chromium", "chromate", "potassium dichromate"),
)

# Organic ("chemical") UV filters: INCI name, then the US name.
_UV_FILTERS = (
    _s("avobenzone", "Butyl Methoxydibenzoylmethane", "avobenzone"),
    _s("oxybenzone", "Benzophenone-3", "oxybenzone"),
    _s("sulisobenzone", "Benzophenone-4", "sulisobenzone"),
    _s("dioxybenzone", "Benzophenone-8", "dioxybenzone"),
    _s("octinoxate", "Ethylhexyl Methoxycinnamate", "octinoxate", "octyl methoxycinnamate"),
    _s("octisalate", "Ethylhexyl Salicylate", "octisalate", "octyl salicylate"),
    _s("homosalate", "Homosalate"),
    _s("octocrylene", "Octocrylene"),
    _s("meradimate", "Menthyl Anthranilate", "meradimate"),
    _s("padimate-o", "Ethylhexyl Dimethyl PABA", "padimate o"),
    _s("paba", "PABA", "aminobenzoic acid", "para aminobenzoic acid"),
    _s("ensulizole", "Phenylbenzimidazole Sulfonic Acid", "ensulizole"),
    _s("cinoxate", "Cinoxate"),
    _s("trolamine-salicylate", "TEA-Salicylate", "trolamine salicylate"),
)

# Fragrance: the word on the label, the allergens EU labels name, fragrant essential oils.
_FRAGRANCE = (
    _s("parfum", "Parfum", "fragrance", "perfume", "aroma"),
    _s("linalool", "Linalool"),
    _s("limonene", "Limonene"),
    _s("citronellol", "Citronellol"),
    _s("geraniol", "Geraniol"),
    _s("eugenol", "Eugenol"),
    _s("isoeugenol", "Isoeugenol"),
    _s("cinnamal", "Cinnamal", "cinnamic aldehyde"),
    _s("coumarin", "Coumarin"),
    _s("hydroxycitronellal", "Hydroxycitronellal"),
    _s("citral", "Citral"),
    _s("benzyl-alcohol", "Benzyl Alcohol"),
    _s("lavender-oil", "Lavender Oil", "lavandula angustifolia oil", "lavandula hybrida oil"),
    _s("orange-peel-oil", "Orange Peel Oil", "citrus aurantium dulcis peel oil"),
    _s("lemon-peel-oil", "Lemon Peel Oil", "citrus limon peel oil"),
    _s("bergamot-oil", "Bergamot Oil", "citrus aurantium bergamia peel oil"),
    _s("rose-oil", "Rose Oil", "rosa damascena flower oil"),
    _s("peppermint-oil", "Peppermint Oil", "mentha piperita oil"),
    _s("tea-tree-oil", "Tea Tree Oil", "melaleuca alternifolia leaf oil"),
    _s("ylang-ylang-oil", "Ylang Ylang Oil", "cananga odorata flower oil"),
)

# Nut oils and butters (see the module note on what "nuts" covers).
_NUTS = (
    _s(
        "almond",
        "Sweet Almond",
        "almond",
        "prunus amygdalus dulcis",
        "prunus dulcis",
        "prunus amygdalus amara",
    ),
    _s("walnut", "Walnut", "juglans regia"),
    _s("hazelnut", "Hazelnut", "corylus avellana", "hazel nut"),
    _s("macadamia", "Macadamia", "macadamia integrifolia", "macadamia ternifolia"),
    _s("brazil-nut", "Brazil Nut", "bertholletia excelsa"),
    _s("cashew", "Cashew", "anacardium occidentale"),
    _s("pistachio", "Pistachio", "pistacia vera"),
    _s("pecan", "Pecan", "carya illinoinensis", "carya illinoensis"),
    _s("peanut", "Peanut", "arachis hypogaea", "groundnut"),
    _s("shea", "Shea", "butyrospermum parkii", "vitellaria paradoxa"),
    _s("argan", "Argan", "argania spinosa"),
    _s("kukui", "Kukui", "aleurites moluccana", "aleurites moluccanus"),
)

# Other things clients commonly name.
_OTHERS = (
    _s("lanolin", "Lanolin", "wool wax", "wool fat", "wool alcohol", "adeps lanae", "laneth"),
    _s("tocopherol", "Tocopherol", "tocopheryl", "vitamin e"),
    _s("aloe", "Aloe", "aloe barbadensis", "aloe vera"),
    _s("coconut", "Coconut", "cocos nucifera"),
    _s("beeswax", "Beeswax", "cera alba", "bee wax"),
    _s("propolis", "Propolis"),
    _s("wheat", "Wheat", "triticum vulgare", "triticum aestivum"),
    _s("soy", "Soy", "soya", "soybean", "glycine soja", "glycine max"),
    _s("oat", "Oat", "avena sativa"),
    _s("chamomile", "Chamomile", "chamomilla recutita", "anthemis nobilis"),
    _s("arnica", "Arnica", "arnica montana"),
    _s("methylisothiazolinone", "Methylisothiazolinone"),
    _s("methylchloroisothiazolinone", "Methylchloroisothiazolinone"),
    _s("methylparaben", "Methylparaben"),
    _s("ethylparaben", "Ethylparaben"),
    _s("propylparaben", "Propylparaben"),
    _s("butylparaben", "Butylparaben"),
    _s("dmdm-hydantoin", "DMDM Hydantoin"),
    _s("quaternium-15", "Quaternium-15"),
    _s("imidazolidinyl-urea", "Imidazolidinyl Urea"),
    _s("diazolidinyl-urea", "Diazolidinyl Urea"),
    _s("salicylic-acid", "Salicylic Acid"),
    _s("betaine-salicylate", "Betaine Salicylate"),
    _s("willow-bark", "Willow Bark", "salix alba"),
)

SUBSTANCES: tuple[Substance, ...] = (
    *_MINERALS,
    *_METALS,
    *_UV_FILTERS,
    *_FRAGRANCE,
    *_NUTS,
    *_OTHERS,
)


def _keys(*groups: tuple[Substance, ...]) -> frozenset[str]:
    return frozenset(s.key for group in groups for s in group)


IRON_OXIDES = frozenset({"iron-oxide-red", "iron-oxide-yellow", "iron-oxide-black"})
FRAGRANCE_KEYS = _keys(_FRAGRANCE)
CHEMICAL_UV_FILTERS = _keys(_UV_FILTERS)
MINERAL_UV_FILTERS = frozenset({"titanium-dioxide", "zinc-oxide"})
BISMUTH_OXYCHLORIDE = "bismuth-oxychloride"
NUTS = _keys(_NUTS)
PARABENS = frozenset({"methylparaben", "ethylparaben", "propylparaben", "butylparaben"})

FAMILIES: tuple[Family, ...] = (
    Family(("iron oxides", "iron oxide", "ferric oxides"), IRON_OXIDES, on_labels=True),
    Family(("parfum", "fragrance", "perfume", "aroma"), FRAGRANCE_KEYS, on_labels=True),
    Family(("essential oils", "scent", "scented"), FRAGRANCE_KEYS, on_labels=False),
    Family(("nuts", "tree nuts", "nut oils"), NUTS, on_labels=False),
    Family(
        ("metal", "metals"),
        frozenset(
            {"nickel", "cobalt", "chromium", "chromium-oxide-green", "chromium-hydroxide-green"}
        ),
        on_labels=False,
    ),
    Family(
        ("chromium",),
        frozenset({"chromium", "chromium-oxide-green", "chromium-hydroxide-green"}),
        on_labels=False,
    ),
    Family(("iron",), IRON_OXIDES, on_labels=False),
    Family(("zinc",), frozenset({"zinc-oxide"}), on_labels=False),
    Family(("titanium",), frozenset({"titanium-dioxide"}), on_labels=False),
    Family(("bismuth",), frozenset({BISMUTH_OXYCHLORIDE}), on_labels=False),
    Family(
        (
            "chemical sunscreen",
            "chemical sunscreens",
            "chemical filters",
            "chemical uv filters",
            "chemical spf",
            "organic uv filters",
            "benzophenones",
        ),
        CHEMICAL_UV_FILTERS,
        on_labels=False,
    ),
    Family(("parabens", "paraben"), PARABENS, on_labels=False),
    Family(
        ("isothiazolinones", "isothiazolinone"),
        frozenset({"methylisothiazolinone", "methylchloroisothiazolinone"}),
        on_labels=False,
    ),
    Family(
        ("formaldehyde", "formaldehyde releasers"),
        frozenset({"dmdm-hydantoin", "quaternium-15", "imidazolidinyl-urea", "diazolidinyl-urea"}),
        on_labels=False,
    ),
    Family(
        ("salicylates", "salicylate"),
        frozenset(
            {
                "salicylic-acid",
                "betaine-salicylate",
                "willow-bark",
                "octisalate",
                "homosalate",
                "trolamine-salicylate",
            }
        ),
        on_labels=False,
    ),
    Family(("bee products",), frozenset({"beeswax", "propolis"}), False),
    Family(("gluten",), frozenset({"wheat"}), on_labels=False),
)
