//! Server only: a synthetic directory of any size, for benchmarks and load tests. Deterministic
//! for a seed; multi-script text (English, Gujarati, Arabic, Urdu, Polish, Somali) like the
//! city's own listings; contact details in Ofcom's drama ranges and at example.org.

use fastrand::Rng;
use uuid::Uuid;

use super::{
    hours::{Hours, OpeningPeriod},
    model::{Access, Directory, Location, Organisation, Phone, Service, ServiceStatus},
    needs::Need,
};

const NAMESPACE: Uuid = Uuid::from_u128(0x1b6e_52c3_0f4d_4c8e_b5a1_77d2_9e01_c4f6);

/// Leicester neighbourhoods with rough centres.
const PLACES: [(&str, &str, f64, f64); 14] = [
    ("Highfields", "LE2 0", 52.6306, -1.1162),
    ("Belgrave", "LE4 5", 52.6489, -1.1246),
    ("St Matthews", "LE1 2", 52.6397, -1.1228),
    ("Spinney Hills", "LE5 3", 52.6317, -1.1104),
    ("Braunstone", "LE3 1", 52.6232, -1.1806),
    ("Saffron", "LE2 6", 52.6050, -1.1400),
    ("Evington", "LE5 6", 52.6270, -1.0800),
    ("New Parks", "LE3 9", 52.6450, -1.1800),
    ("Beaumont Leys", "LE4 0", 52.6700, -1.1600),
    ("City Centre", "LE1 1", 52.6360, -1.1330),
    ("Westcotes", "LE3 0", 52.6300, -1.1520),
    ("Rushey Mead", "LE4 7", 52.6630, -1.1100),
    ("Aylestone", "LE2 8", 52.6100, -1.1500),
    ("Stoneygate", "LE2 2", 52.6200, -1.1100),
];

/// Service names, by language, with the needs they serve and a language code.
const NAMES: [(&str, &str, &[Need]); 40] = [
    ("en", "Food Bank", &[Need::Food]),
    ("en", "Community Lunch", &[Need::Food, Need::Community]),
    ("en", "Housing Advice", &[Need::Housing]),
    ("en", "Homeless Drop-in", &[Need::Housing]),
    ("en", "Benefits and Debt Advice", &[Need::Money]),
    ("en", "Refugee Welcome", &[Need::Immigration]),
    ("en", "Mental Health Support Group", &[Need::Health]),
    ("en", "Carers Group", &[Need::Health, Need::Families]),
    ("en", "Parent and Toddler Group", &[Need::Families]),
    ("en", "Youth Club", &[Need::Youth]),
    ("en", "Homework Club", &[Need::Education, Need::Youth]),
    ("en", "Job Club", &[Need::Education]),
    ("en", "English Classes", &[Need::Education, Need::Immigration]),
    ("en", "SEND Family Support", &[Need::Send, Need::Families]),
    ("en", "Care Leavers Hub", &[Need::CareExperienced]),
    ("en", "Prisoners' Families Group", &[Need::PrisonersFamilies]),
    ("en", "Digital Skills Drop-in", &[Need::Digital]),
    ("en", "Laptop Loans", &[Need::Digital]),
    ("en", "Women's Group", &[Need::Community]),
    ("en", "Knife Crime Awareness", &[Need::Safety, Need::Youth]),
    ("gu", "ખોરાક બેંક", &[Need::Food]),
    ("gu", "મહિલા જૂથ", &[Need::Community]),
    ("gu", "યુવા ક્લબ", &[Need::Youth]),
    ("gu", "આરોગ્ય સહાય", &[Need::Health]),
    ("ar", "بنك الطعام", &[Need::Food]),
    ("ar", "استشارات قانونية للاجئين", &[Need::Immigration]),
    ("ar", "نادي الشباب", &[Need::Youth]),
    ("ar", "دعم الأسرة", &[Need::Families]),
    ("ur", "کھانے کا بینک", &[Need::Food]),
    ("ur", "روزگار کی مدد", &[Need::Education]),
    ("ur", "خواتین کا گروپ", &[Need::Community]),
    ("ur", "ذہنی صحت کی مدد", &[Need::Health]),
    ("pl", "Bank żywności", &[Need::Food]),
    ("pl", "Porady prawne", &[Need::Money, Need::Immigration]),
    ("pl", "Klub młodzieżowy", &[Need::Youth]),
    ("pl", "Pomoc mieszkaniowa", &[Need::Housing]),
    ("so", "Bangiga cuntada", &[Need::Food]),
    ("so", "Taageerada qoyska", &[Need::Families]),
    ("so", "Caafimaadka maskaxda", &[Need::Health]),
    ("so", "Naadiga dhalinyarada", &[Need::Youth]),
];

/// Sentences for descriptions, by language.
const SENTENCES: [(&str, &str); 18] = [
    ("en", "A friendly drop-in where volunteers help you find food, advice and company."),
    ("en", "We help with forms, letters, benefits claims and appointments."),
    ("en", "Sessions are free and open to everyone; children are welcome with their parents."),
    ("en", "Our workers speak several community languages and can arrange an interpreter."),
    ("en", "Referrals are welcome from schools, GPs, housing officers and support workers."),
    ("en", "Come along to meet others, learn new skills and get support with work and training."),
    ("gu", "અમે ખોરાક, સલાહ અને સાથ માટે મદદ કરીએ છીએ."),
    ("gu", "બધા માટે મફત, બાળકો માતા-પિતા સાથે આવી શકે છે."),
    ("ar", "نساعدك في الطعام والاستشارات والتواصل مع الآخرين."),
    ("ar", "الخدمة مجانية ومفتوحة للجميع، والأطفال مرحب بهم مع أهلهم."),
    ("ur", "ہم کھانے، مشورے اور ساتھ کے لیے مدد کرتے ہیں۔"),
    ("ur", "یہ خدمت مفت ہے اور سب کے لیے کھلی ہے۔"),
    ("pl", "Pomagamy w sprawach żywności, porad i wsparcia rodzin."),
    ("pl", "Spotkania są bezpłatne i otwarte dla wszystkich."),
    ("so", "Waxaan ku caawinaa cuntada, talada iyo taageerada qoyska."),
    ("so", "Adeegga waa bilaash, carruurtuna way iman karaan."),
    ("en", "Bring any letters you have; we can look at them together."),
    ("en", "Open all year except bank holidays."),
];

const ORG_KINDS: [&str; 8] = [
    "Community Centre",
    "Community Trust",
    "Family Project",
    "Advice Centre",
    "Youth Project",
    "Women's Centre",
    "Mosque Community Hub",
    "Temple Community Hub",
];

fn id(kind: &str, n: usize, seed: u64) -> Uuid {
    Uuid::new_v5(&NAMESPACE, format!("{seed}/{kind}/{n}").as_bytes())
}

fn phone(rng: &mut Rng) -> Phone {
    Phone { number: format!("0116 496 {:04}", rng.u32(0..1000)), description: None }
}

/// A directory of `services` services (and one organisation for every five).
pub fn directory(services: usize, seed: u64) -> Directory {
    let mut rng = Rng::with_seed(seed);
    let organisation_count = services.div_ceil(5).max(1);
    let organisations: Vec<Organisation> = (0..organisation_count)
        .map(|n| {
            let place = PLACES[n % PLACES.len()].0;
            let kind = ORG_KINDS[rng.usize(..ORG_KINDS.len())];
            Organisation {
                id: id("organisation", n, seed),
                name: format!("{place} {kind} {}", n / PLACES.len() + 1),
                description: SENTENCES[rng.usize(..SENTENCES.len())].1.to_string(),
                email: Some(format!("hello{n}@example.org")),
                website: Some(format!("https://org{n}.example.org")),
                phones: vec![phone(&mut rng)],
                areas: vec![place.to_string()],
            }
        })
        .collect();
    let services = (0..services)
        .map(|n| {
            let (language, name, needs) = NAMES[rng.usize(..NAMES.len())];
            let (place, postcode, lat, lon) = PLACES[rng.usize(..PLACES.len())];
            let organisation = &organisations[n / 5];
            let mut languages = vec![language.to_string()];
            for _ in 0..rng.usize(0..3) {
                let extra = ["en", "gu", "pa", "ur", "ar", "so", "pl", "ro", "bn", "ti"][rng.usize(..10)].to_string();
                if !languages.contains(&extra) {
                    languages.push(extra);
                }
            }
            let description =
                (0..rng.usize(2..5)).map(|_| SENTENCES[rng.usize(..SENTENCES.len())].1).collect::<Vec<_>>().join(" ");
            let periods = (0..rng.usize(1..6))
                .map(|_| {
                    let opens = 8 * 60 + rng.u16(0..20) * 30;
                    OpeningPeriod { day: rng.u8(1..8), opens, closes: (opens + 60 + rng.u16(0..8) * 30) % 1440 }
                })
                .collect();
            let (min_age, max_age) = match rng.u8(0..4) {
                0 => (Some(16), Some(25)),
                1 => (Some(5), Some(16)),
                2 => (Some(18), None),
                _ => (None, None),
            };
            Service {
                id: id("service", n, seed),
                organisation_id: organisation.id,
                name: format!("{name} {place}"),
                description,
                status: ServiceStatus::Active,
                eligibility: None,
                min_age,
                max_age,
                free: rng.u8(0..10) < 8,
                fees: None,
                access: Access { drop_in: rng.bool(), self_referral: rng.bool(), professional_referral: rng.bool(), phone: rng.bool(), appointment: false },
                accepts_referrals: rng.u8(0..10) < 4,
                needs: needs.to_vec(),
                languages,
                areas: vec![],
                locations: vec![Location {
                    id: id("location", n, seed),
                    name: None,
                    address: format!("{} Example Road", rng.u16(1..300)),
                    city: "Leicester".into(),
                    postcode: format!("{postcode}{}{}", ['A', 'B', 'D', 'E', 'F'][rng.usize(..5)], ['G', 'H', 'J', 'L', 'N'][rng.usize(..5)]),
                    neighbourhood: Some(place.into()),
                    latitude: Some(lat + f64::from(rng.i16(-50..50)) / 10_000.0),
                    longitude: Some(lon + f64::from(rng.i16(-50..50)) / 10_000.0),
                }],
                phones: vec![phone(&mut rng)],
                email: Some(format!("service{n}@example.org")),
                website: None,
                hours: Hours { periods, ..Hours::default() },
                last_reviewed: chrono::NaiveDate::from_ymd_opt(2026, 1 + rng.u32(0..11), 1 + rng.u32(0..28)),
            }
        })
        .collect();
    Directory { organisations, services }
}

#[cfg(test)]
mod tests {
    #[test]
    fn is_deterministic_valid_and_sized() {
        let a = super::directory(200, 7);
        assert_eq!(a, super::directory(200, 7));
        assert_ne!(a, super::directory(200, 8));
        assert_eq!(a.services.len(), 200);
        assert_eq!(a.organisations.len(), 40);
        for s in &a.services {
            assert!(s.problems().is_empty(), "{}: {:?}", s.name, s.problems());
        }
    }
}
