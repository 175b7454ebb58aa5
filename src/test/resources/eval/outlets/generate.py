#!/usr/bin/env python3
"""Writes the outlet-attribution evaluation digests (calibration and held-out) and their labels.

All text is original and fictional (places, people, outlets). The two sets use different outlets,
different stories and partly different layouts of the credit lines, so the held-out set checks that
the rules generalise beyond what they were tuned on. Run from this folder: python3 generate.py
"""
import random

PLACES = ["Marrowick", "Port Ilvan", "Tessaly Bay", "Brenmoor", "Orvay", "Dunmere", "Fjelby", "Kaldra",
          "Sable Ridge", "Westhollow", "Caradon", "Lusk Harbour", "Emberfall", "Ostrow", "Veyne"]
PEOPLE = ["Mayor Ilse Varga", "minister Tomas Rell", "spokesman Aron Pike", "governor Leda Marsh",
          "councillor Bram Oduya", "engineer Petra Lind", "analyst Soren Hale", "coordinator Nia Calloway",
          "union leader Dov Kresh", "judge Maren Tolt", "harbour master Egon Fell", "professor Ada Quill"]
TOPICS = [
    ("bridge", "The {p} bridge stayed closed for a third day after inspectors found cracks in two supports.",
     "Traffic was sent along the coast road, adding an hour to the trip for lorries and buses."),
    ("port", "Dockworkers at {p} walked out at dawn over a dispute about night shifts and overtime pay.",
     "Nine cargo ships waited at anchor outside the breakwater while talks went on."),
    ("flood", "The river burst its banks above {p} overnight, forcing about six hundred people from their homes.",
     "Volunteers filled sandbags in the market square as the water kept rising through the morning."),
    ("vote", "A recount in {p} confirmed the narrow result of Sunday's council vote, election officials said.",
     "The losing list said it would take its complaint about two polling stations to court."),
    ("grain", "A convoy of eleven grain lorries reached {p} after a week held up at the provincial checkpoint.",
     "Bakeries in the town had rationed bread while the flour ran short."),
    ("ceasefire", "Talks on a local ceasefire around {p} resumed on Tuesday after a pause of ten days.",
     "Both delegations said they wanted the line of contact mapped before any withdrawal."),
    ("power", "A cold snap pushed demand for power in {p} to a record, and the grid operator cut supply by district.",
     "Schools switched to shorter days to save heating until the weekend."),
    ("hospital", "The new wing of the {p} hospital opened to patients a year later than planned.",
     "Staff said the delay came from a shortage of imported lift parts."),
    ("fishing", "Fishing boats from {p} stayed in port in protest at the new quota for herring.",
     "The fleet's association said the quota was set without counting last winter's losses."),
    ("wildfire", "Firefighters contained a wildfire in the hills north of {p} after two days.",
     "Around forty holiday cabins were evacuated, and no one was hurt."),
    ("railway", "The night train between {p} and the capital will stop running in March, the operator said.",
     "Passengers' groups have collected twelve thousand signatures against the cut."),
    ("mine", "Rescuers brought four miners to the surface at {p} after a roof fall trapped them for a day.",
     "The mine's owner said the shaft would stay shut until the safety board had visited."),
]
QUOTES = ["“We will not leave anyone behind,” {s} said.",
          "“This was avoidable, and people deserve answers,” {s} told reporters.",
          "“The next days will decide whether the plan works,” {s} said.",
          "{s} said the authorities had acted “as fast as the law allows.”",
          "“Nobody wants this to drag on into winter,” {s} said on Monday."]
MORE = ["Officials promised a full report within a month.",
        "Opposition deputies asked for a hearing in parliament next week.",
        "Local shops reported fewer customers than usual for the season.",
        "The regional office said extra staff would be sent from neighbouring districts.",
        "Residents said they had warned about the problem for years.",
        "A similar dispute two years ago ended only after mediation by the chamber of commerce.",
        "The figures will be checked again by an independent auditor.",
        "The weather service expects calmer conditions from Thursday."]


def story(rng, i):
    topic = TOPICS[i % len(TOPICS)]
    place = rng.choice(PLACES)
    person = rng.choice(PEOPLE)
    title = {
        "bridge": f"{place} bridge stays shut as inspectors find cracks",
        "port": f"Dockworkers strike at {place} over night shifts",
        "flood": f"Hundreds leave homes as river floods {place}",
        "vote": f"Recount confirms narrow council result in {place}",
        "grain": f"Grain convoy reaches {place} after week-long hold-up",
        "ceasefire": f"Ceasefire talks around {place} resume",
        "power": f"Record cold forces power cuts in {place}",
        "hospital": f"{place} hospital wing opens a year late",
        "fishing": f"{place} fishing fleet stays in port over herring quota",
        "wildfire": f"Wildfire near {place} contained after two days",
        "railway": f"Night train to {place} to stop in March",
        "mine": f"Four miners rescued after roof fall at {place}",
    }[topic[0]]
    lead = topic[1].format(p=place)
    second = topic[2]
    quote = rng.choice(QUOTES).format(s=person[0].upper() + person[1:])
    more = rng.sample(MORE, 2)
    paragraphs = [lead + " " + second, quote + " " + more[0], more[1]]
    return title, paragraphs


def block(title, body_lines):
    return "Selected Articles\n\n" + title + "\n\nShare The News\n\n" + "\n".join(body_lines) + "\n\nShare The News\n"


def para(paragraphs):
    return "\n\n".join(paragraphs).split("\n")


# Each shape: name -> function(title, paragraphs, outlet, rng) -> (title, body lines, label)
def plain_source_first(t, ps, o, rng):
    return t, ["Source: " + o, ""] + para(ps), o

def plain_source_last(t, ps, o, rng):
    return t, para(ps) + ["", "Source: " + o], o

def source_last_attached(t, ps, o, rng):
    return t, para(ps) + ["Source: " + o], o

def source_first_attached(t, ps, o, rng):
    return t, ["Source: " + o] + para(ps), o

def source_caps_last(t, ps, o, rng):
    return t, para(ps) + ["", "SOURCE: " + o.upper()], o

def source_dash_first(t, ps, o, rng):
    return t, ["Source - " + o, ""] + para(ps), o

def source_endash_last(t, ps, o, rng):
    return t, para(ps) + ["", "Source \u2013 " + o], o

def source_emdash_first(t, ps, o, rng):
    return t, ["Source \u2014 " + o, ""] + para(ps), o

def source_lower_last(t, ps, o, rng):
    return t, para(ps) + ["", "source: " + o], o

def source_with_date_last(t, ps, o, rng):
    return t, para(ps) + ["", "Source: " + o + ", 14 March 2023"], o

def source_period_last(t, ps, o, rng):
    return t, para(ps) + ["", "Source: " + o + "."], o

def source_after_caption(t, ps, o, rng):
    cap = "  \u2022 A street in the town centre after the storm"
    return t, [cap, "    A street in the town centre after the storm", "", "Source: " + o, ""] + para(ps), o

def person_by_then_source(t, ps, o, rng):
    return t, ["By " + rng.choice(["Lena Hoff", "Marek Dunn", "Ines Sarrow"]), ""] + para(ps) + ["", "Source: " + o], o

def bullet_person_by_then_source(t, ps, o, rng):
    return t, ["  \u2022 By", "    " + rng.choice(["Lena Hoff", "Marek Dunn"]), "  \u2022 Today 09:12", ""] + para(ps) + ["", "Source: " + o], o

def by_org_first(t, ps, o, rng):
    return t, ["By " + o, ""] + para(ps), o

def bulleted_by_and_source(t, ps, o, rng):
    return t, ["  \u2022 By", "    " + o, "  \u2022 Source: " + rng.choice(["Wire Ninety", "Meridian Agency"]),
               "  \u2022 Today 11:34", ""] + para(ps), o

def by_org_then_plain_source(t, ps, o, rng):
    return t, ["By " + o, ""] + para(ps) + ["", "Source: " + rng.choice(["Meridian Agency", "Wire Ninety"])], o

def first_published(t, ps, o, rng):
    return t, para(ps) + ["", "First published in " + o], o

def appeared_first_on(t, ps, o, rng):
    return t, para(ps) + ["", "The post " + t + " appeared first on " + o + "."], o

def title_suffix(t, ps, o, rng):
    return t + " \u2013 " + o, para(ps), o

def self_named_in_first_sentence(t, ps, o, rng):
    ps = list(ps)
    ps[0] = o + " has learned that " + ps[0][0].lower() + ps[0][1:]
    return t, para(ps), o

def other_outlet_in_passing(t, ps, o, rng):
    ps = list(ps)
    ps[0] = ps[0] + " Residents told " + o + " they had not been warned."
    return t, para(ps), None

def none_at_all(t, ps, o, rng):
    return t, para(ps), None

def decoy_interviews(t, ps, o, rng):
    return t, para(ps) + ["", rng.choice(["Source: interviews with residents", "Source: Interviews With Residents"])], None

def decoy_sources_plural(t, ps, o, rng):
    return t, para(ps) + ["", "Sources: " + o + ", Meridian Agency"], None

def decoy_long_sentence(t, ps, o, rng):
    return t, ["Source: a senior official who asked not to be named because the talks were private.", ""] + para(ps), None

def decoy_kind_of_source(t, ps, o, rng):
    return t, para(ps) + ["", rng.choice(["Source: Official Figures", "Source: Social Media", "Source: Local Media"])], None

def decoy_company_filings(t, ps, o, rng):
    return t, para(ps) + ["", rng.choice(["Source: Company Filings", "Source: Witnesses", "Source: Agencies"])], None

def decoy_source_mid_body(t, ps, o, rng):
    ps = list(ps)
    extra = ["The ministry's own survey found the same.", "Repairs are expected to take several weeks."]
    return t, para(ps[:2] + ["Source: interviews and ministry data"] + ps[2:] + extra), None


CALIBRATION = {
    "outlets": ["The Marrowick Herald", "Ilvan Daily", "Northgate Times", "Coastline Weekly", "Radio Teska",
                "Brenmoor Post", "Valdor Press Agency", "Sable Ridge Journal", "Kestrel News Network",
                "Orvay Tribune", "Al Qamar English", "Tessaly Observer", "Dunmere Gazette", "Fjelby Courier"],
    "shapes": [plain_source_first] * 4 + [plain_source_last] * 4 + [source_last_attached] * 2
              + [source_caps_last] * 2 + [source_dash_first] * 2 + [source_endash_last]
              + [person_by_then_source] * 2 + [by_org_first] * 2 + [bulleted_by_and_source] * 2
              + [by_org_then_plain_source] + [first_published] * 2 + [appeared_first_on]
              + [title_suffix] * 2 + [self_named_in_first_sentence] * 2
              + [other_outlet_in_passing] * 2 + [none_at_all] * 3 + [decoy_interviews] * 2
              + [decoy_sources_plural] + [decoy_long_sentence] + [decoy_kind_of_source] * 2,
    "seed": 11,
    "first_story": 0,
}
HELD_OUT = {
    "outlets": ["Harrowgate Chronicle", "Port Ilvan Review", "Lindqvist Daily", "Ostrava Signal",
                "The Amber Coast Times", "Caldera Report", "Mistral Radio", "Greyfield Ledger", "Novaterra Press",
                "Al Safir Weekly", "Quillon Today", "Westreach Standard", "Pellmark Journal", "Birchwood Dispatch",
                "Saltmere Voice"],
    "shapes": [plain_source_first] * 2 + [plain_source_last] * 3 + [source_last_attached]
              + [source_first_attached] * 2 + [source_caps_last] + [source_emdash_first] * 2
              + [source_lower_last] + [source_with_date_last] * 2 + [source_period_last]
              + [source_after_caption] * 2 + [person_by_then_source] + [bullet_person_by_then_source] * 2
              + [by_org_first] + [bulleted_by_and_source] * 2 + [by_org_then_plain_source] * 2
              + [first_published] + [appeared_first_on] + [title_suffix] * 2 + [self_named_in_first_sentence] * 2
              + [other_outlet_in_passing] * 2 + [none_at_all] * 2 + [decoy_interviews]
              + [decoy_sources_plural] + [decoy_long_sentence] + [decoy_kind_of_source]
              + [decoy_company_filings] * 2 + [decoy_source_mid_body],
    "seed": 97,
    "first_story": 100,
}


def write(name, spec):
    rng = random.Random(spec["seed"])
    shapes = list(spec["shapes"])
    rng.shuffle(shapes)
    blocks, labels = [], ["block\tshape\toutlet"]
    for n, shape in enumerate(shapes, start=1):
        title, ps = story(rng, spec["first_story"] + n)
        outlet = spec["outlets"][(n - 1) % len(spec["outlets"])]
        title, lines, label = shape(title, ps, outlet, rng)
        blocks.append(block(title, lines))
        labels.append(f"{n}\t{shape.__name__}\t{label or ''}")
    with open(name + ".txt", "w", encoding="utf-8") as f:
        f.write("".join(blocks))
    with open(name + "-labels.tsv", "w", encoding="utf-8") as f:
        f.write("\n".join(labels) + "\n")
    print(name, len(shapes), "blocks,", sum(1 for l in labels[1:] if not l.endswith("\t")), "with an outlet")


if __name__ == "__main__":
    write("calibration", CALIBRATION)
    write("held-out", HELD_OUT)
