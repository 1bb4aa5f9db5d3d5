#!/usr/bin/env python3
"""Writes a synthetic archive of N posts (default 100,000) over 120 days, and its watch list, for
timing `denialwatch replay` (BENCHMARKS.md). Deterministic: the same N gives the same files.

    python3 eval/join/bench/make-archive.py 100000 /tmp/bench
"""
import json, random, sys, datetime as dt, os

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
out = sys.argv[2] if len(sys.argv) > 2 else "."
os.makedirs(out, exist_ok=True)
rnd = random.Random(42)
FIRST = ["Karim", "Leila", "Omar", "Samir", "Nadia", "Youssef", "Rania", "Tarek", "Hala", "Faisal", "Mounir", "Claire",
         "Marc", "Daniel", "Sarah", "Ibrahim", "Amal", "Khaled", "Walid", "Sophie"]
LAST = ["Haddad", "Mansour", "Khatib", "Nasser", "Benali", "Amrani", "Saleh", "Fawzi", "Darwish", "Rashed"]
AR_FIRST = ["كريم", "ليلى", "عمر", "سمير", "نادية", "يوسف", "رانيا", "طارق", "هالة", "فيصل", "منير", "كلير",
            "مارك", "دانيال", "سارة", "إبراهيم", "أمل", "خالد", "وليد", "صوفي"]
AR_LAST = ["حداد", "منصور", "الخطيب", "ناصر", "بن علي", "العمراني", "صالح", "فوزي", "درويش", "راشد"]
persons = []
for i, f in enumerate(FIRST):
    for j, l in enumerate(LAST):
        persons.append((f"{f.lower()}-{l.lower()}", f"{f} {l}", f"{AR_FIRST[i]} {AR_LAST[j]}", f"{f}{l}"))
OUTLETS = [("x:Reuters", "Reuters", "Reuters", "en"), ("x:AFP", "AFP", "AFP", "fr"), ("x:AJArabic", "AJArabic", "الجزيرة", "ar"),
           ("x:nytimes", "nytimes", "The New York Times", "en"), ("x:lemondefr", "lemondefr", "Le Monde", "fr"),
           ("x:AlArabiya", "AlArabiya", "العربية", "ar"), ("x:BBCWorld", "BBCWorld", "BBC News", "en")]
TOPICS = {
    "en": ["{p} held talks in {c} about a {n} million dollar deal, sources said.",
           "{p} is expected to resign next week after a dispute over the budget.",
           "{p} met officials in {c} to discuss a ceasefire, according to diplomats.",
           "{p} bought a villa in {c} for {n} million euros, documents show."],
    "fr": ["{p} a rencontré des responsables à {c} pour discuter d'un accord de {n} millions.",
           "{p} s'apprête à démissionner après un désaccord sur le budget.",
           "{p} aurait acheté une villa à {c} pour {n} millions d'euros."],
    "ar": ["التقى {p} مسؤولين في {c} لبحث صفقة بقيمة {n} مليون دولار.",
           "مصادر: {p} سيقدم استقالته الأسبوع المقبل بعد خلاف حول الميزانية.",
           "اشترى {p} فيلا في {c} بمبلغ {n} مليون يورو."],
}
CITIES = {"en": ["Paris", "Cairo", "Doha", "Moscow", "Beirut"], "fr": ["Paris", "Le Caire", "Doha", "Moscou", "Beyrouth"],
          "ar": ["باريس", "القاهرة", "الدوحة", "موسكو", "بيروت"]}
DENIALS = {"en": "I deny the report that I {what}. It is untrue.", "fr": "Je démens l'article selon lequel j'aurais {what}. C'est infondé.",
           "ar": "أنفي ما نشر عن أنني {what}."}
WHAT = {"en": "held talks in {c}", "fr": "rencontré des responsables à {c}", "ar": "التقيت مسؤولين في {c}"}
OTHER = ["Markets closed higher on Tuesday.", "La météo sera clémente ce week-end.", "افتتاح معرض الكتاب في الرياض."]
start = dt.datetime(2025, 1, 1)
with open(os.path.join(out, "posts.jsonl"), "w") as f:
    for k in range(n):
        t = start + dt.timedelta(seconds=rnd.randrange(120 * 86400))
        r = rnd.random()
        pid, name, ar_name, handle = rnd.choice(persons)
        if r < 0.4:
            acct, h, oname, lang = rnd.choice(OUTLETS)
            post = {"account": {"id": acct, "handle": h, "name": oname, "kind": "outlet"}, "lang": lang,
                    "text": OTHER[k % 3]}
        elif r < 0.95:
            acct, h, oname, lang = rnd.choice(OUTLETS)
            text = rnd.choice(TOPICS[lang]).format(p=ar_name if lang == "ar" else name, c=rnd.choice(CITIES[lang]),
                                                   n=rnd.randrange(2, 900))
            post = {"account": {"id": acct, "handle": h, "name": oname, "kind": "outlet"}, "lang": lang, "text": text}
        else:
            lang = rnd.choice(["en", "fr", "ar"])
            post = {"account": {"id": "x:" + handle, "handle": handle, "name": name, "kind": "person"}, "lang": lang,
                    "text": DENIALS[lang].format(what=WHAT[lang].format(c=rnd.choice(CITIES[lang])))}
        post.update({"id": f"bench:{k}", "source": post["account"]["id"],
                     "published_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                     "fetched_at": (t + dt.timedelta(minutes=3)).strftime("%Y-%m-%dT%H:%M:%SZ")})
        f.write(json.dumps(post, ensure_ascii=False) + "\n")
with open(os.path.join(out, "persons.yaml"), "w") as f:
    f.write("persons:\n")
    for pid, name, ar_name, handle in persons:
        f.write(f"  - id: {pid}\n    name: {name}\n    aliases: [{ar_name}]\n    accounts: [x:{handle}]\n")
print(f"wrote {n} posts and {len(persons)} persons to {out}")
