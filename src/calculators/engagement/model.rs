//! Engagement benchmark: is this creator's engagement genuine and good
//! enough to pay for?
//!
//! For note i: interactions_i = likes + saves + comments + shares, and
//! ratio_i = (likes + saves) / followers (the brief's like+save to follower
//! ratio). The means, median and shares below are over the notes given;
//! every formula is in [`EngagementReport`]'s field docs and on the page.
//!
//! Defaults and where they come from:
//! - benchmark 1.5%: the brief; 3% "suspicious below" and 5% "qualified":
//!   practitioner lines (domain facts §5), shown for context;
//! - fake-follower share 30% under 500K followers: the brief; 15% at 500K and
//!   above: practitioner range (generic 15–25%);
//! - tiers KOC < 10K ≤ tail < 50K ≤ mid < 500K ≤ head: practitioner convention;
//! - viral note: likes + saves + comments ≥ 1,000 (the platform's 千互 line);
//! - stability: CV above 0.8 is "very uneven" (practitioners: ≤ 0.5 best, ≤ 0.8 good);
//! - comment share healthy between 5% and 15% (practitioner);
//! - save share below 15% is "low" (assumption; practitioners call ≥ 25% good).
//!
//! Red flags decide the verdict: signs of bought engagement (水军) that
//! practitioners reject a creator for, whatever the ratio. They are the
//! comment check's flags (duplicates, template phrases, very short
//! comments), every note below the "suspicious below" line (practitioners:
//! persistently under 3% suggests 刷量), and more followers than the
//! profile's likes and saves ever (practitioners: followers above lifetime
//! likes is likely fake). A median below the suspicious line, with at least
//! one note above it, is a warning sign.

use serde::{Deserialize, Serialize};

/// One of the creator's recent notes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Likes (点赞).
    pub likes: u64,
    /// Saves (收藏).
    pub saves: u64,
    /// Comments (评论).
    pub comments: u64,
    /// Shares (分享).
    pub shares: u64,
    /// Views or reads, when known.
    pub views: Option<u64>,
}

impl Note {
    /// likes + saves + comments + shares.
    pub fn interactions(&self) -> u64 {
        self.likes
            .saturating_add(self.saves)
            .saturating_add(self.comments)
            .saturating_add(self.shares)
    }

    /// likes + saves, the numerator of the brief's ratio.
    pub fn likes_saves(&self) -> u64 {
        self.likes.saturating_add(self.saves)
    }

    /// likes + saves + comments, the measure of a viral note.
    pub fn likes_saves_comments(&self) -> u64 {
        self.likes_saves().saturating_add(self.comments)
    }
}

/// Lower follower bounds of the tiers above KOC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierBounds {
    /// Tail KOLs start here (default 10,000).
    pub tail_from: u64,
    /// Mid / vertical KOLs start here (default 50,000).
    pub mid_from: u64,
    /// Head KOLs start here (default 500,000).
    pub head_from: u64,
}

impl Default for TierBounds {
    fn default() -> Self {
        TierBounds {
            tail_from: 10_000,
            mid_from: 50_000,
            head_from: 500_000,
        }
    }
}

/// Creator tier by follower count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tier {
    /// Key opinion consumer (素人/KOC), under the tail bound.
    Koc,
    /// Tail KOL (尾部).
    Tail,
    /// Mid or vertical KOL (腰部).
    Mid,
    /// Head KOL (头部).
    Head,
}

impl Tier {
    /// The stable output key: `koc`, `tail`, `mid` or `head`.
    pub fn key(self) -> &'static str {
        match self {
            Tier::Koc => "koc",
            Tier::Tail => "tail",
            Tier::Mid => "mid",
            Tier::Head => "head",
        }
    }

    /// The tier of an account with `followers`.
    pub fn of(followers: u64, bounds: &TierBounds) -> Tier {
        if followers >= bounds.head_from {
            Tier::Head
        } else if followers >= bounds.mid_from {
            Tier::Mid
        } else if followers >= bounds.tail_from {
            Tier::Tail
        } else {
            Tier::Koc
        }
    }
}

/// Assumed fake-follower share when none is given: the brief's 30% below
/// the head tier, practitioners' 15% at head tier.
pub const DEFAULT_FAKE_SHARE_BELOW_HEAD: f64 = 0.30;
/// See [`DEFAULT_FAKE_SHARE_BELOW_HEAD`].
pub const DEFAULT_FAKE_SHARE_HEAD: f64 = 0.15;
/// The brief's benchmark like+save to follower ratio.
pub const DEFAULT_BENCHMARK: f64 = 0.015;
/// Practitioners' line below which a ratio looks suspicious.
pub const DEFAULT_SUSPICIOUS_LINE: f64 = 0.03;
/// Practitioners' line from which a creator counts as qualified.
pub const DEFAULT_QUALIFIED_LINE: f64 = 0.05;
/// A note with at least this many likes + saves + comments is viral (千互).
pub const VIRAL_INTERACTIONS: u64 = 1_000;
/// Above this coefficient of variation notes are "very uneven".
pub const UNEVEN_CV: f64 = 0.8;
/// Healthy comment share of interactions, lower and upper bound.
pub const COMMENT_SHARE_HEALTHY: (f64, f64) = (0.05, 0.15);
/// Below this save share of interactions, saves are "low".
pub const LOW_SAVE_SHARE: f64 = 0.15;
/// Below this share of notes at the benchmark, a good mean rests on a few notes.
pub const MIN_SHARE_ABOVE_BENCHMARK: f64 = 0.5;
/// Most notes one vetting takes: far more than 90 days of posting, and few
/// enough that a link with every note stays under its 8 KB limit.
pub const MAX_NOTES: usize = 200;

/// Where the fake-follower share in use came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FakeShareSource {
    /// The brief's 30% for accounts below the head tier.
    BriefBelowHead,
    /// Practitioners' 15% for head accounts.
    PractitionerHead,
    /// Typed by the user (or given in the link), whatever the tier.
    User,
}

/// Everything the engagement benchmark needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EngagementInputs {
    /// Follower count (粉丝). Zero leaves the ratios undefined.
    pub followers: u64,
    /// Recent notes, the last 90 days.
    pub notes: Vec<Note>,
    /// Benchmark like+save to follower ratio, as a fraction.
    pub benchmark: f64,
    /// Practitioners' "suspicious below" line, as a fraction.
    pub suspicious_line: f64,
    /// Practitioners' "qualified" line, as a fraction (context only).
    pub qualified_line: f64,
    /// Fake-follower share as a fraction; `None` picks by tier.
    pub fake_share: Option<f64>,
    /// Tier bounds.
    pub tiers: TierBounds,
    /// Likes and saves on the profile (获赞与收藏), all notes ever, if known.
    pub profile_likes_saves: Option<u64>,
    /// Pasted comments, one per line (empty: no comment check).
    pub comments: String,
}

impl Default for EngagementInputs {
    /// The example scenario: a 25K-follower tail creator with six notes.
    fn default() -> Self {
        let note = |likes, saves, comments, shares, views| Note {
            likes,
            saves,
            comments,
            shares,
            views,
        };
        EngagementInputs {
            followers: 25_000,
            notes: vec![
                note(420, 180, 46, 12, Some(9_800)),
                note(310, 150, 31, 8, Some(7_400)),
                note(1_250, 640, 120, 55, Some(26_000)),
                note(280, 105, 22, 6, Some(6_100)),
                note(390, 210, 38, 14, Some(8_900)),
                note(520, 260, 57, 19, Some(11_200)),
            ],
            benchmark: DEFAULT_BENCHMARK,
            suspicious_line: DEFAULT_SUSPICIOUS_LINE,
            qualified_line: DEFAULT_QUALIFIED_LINE,
            fake_share: None,
            tiers: TierBounds::default(),
            profile_likes_saves: Some(86_000),
            comments: String::new(),
        }
    }
}

/// Why a figure has no value for these inputs; shown instead of a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Undefined {
    /// Needs a follower count above zero.
    NoFollowers,
    /// Needs at least one note.
    NoNotes,
    /// Needs at least two notes.
    TooFewNotes,
    /// The notes have no interactions at all.
    NoInteractions,
    /// No note gives its views (or they sum to zero).
    NoViews,
    /// The fake-follower share is 100%, so no follower is authentic.
    NoAuthenticFollowers,
}

/// A computed figure or the reason it is undefined.
pub type Figure = Result<f64, Undefined>;

/// One note's results.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct NoteResult {
    /// (likes + saves) / followers.
    pub ratio: Figure,
    /// likes + saves + comments + shares.
    pub interactions: u64,
    /// Whether the ratio is at or above the benchmark.
    pub meets_benchmark: bool,
}

/// The overall judgement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    /// Mean ratio at or above the benchmark and no warning sign.
    Meets,
    /// Mean ratio at or above the benchmark, with at least one warning sign.
    Borderline,
    /// Mean ratio below the benchmark.
    Below,
    /// At least one red flag, whatever the ratio.
    RedFlags,
}

/// A sign of bought engagement that decides the verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RedFlag {
    /// Pasted comments repeat each other above the flag line.
    DuplicateComments,
    /// Pasted comments are template phrases above the flag line.
    TemplateComments,
    /// Pasted comments are very short above the flag line.
    ShortComments,
    /// Every note's ratio is below the suspicious line.
    BelowSuspiciousLine,
    /// More followers than the profile's likes and saves, ever.
    FollowersExceedProfile,
}

impl RedFlag {
    /// The stable key in the `red_flags` output.
    pub fn key(self) -> &'static str {
        match self {
            RedFlag::DuplicateComments => "duplicate_comments",
            RedFlag::TemplateComments => "template_comments",
            RedFlag::ShortComments => "short_comments",
            RedFlag::BelowSuspiciousLine => "below_suspicious_line",
            RedFlag::FollowersExceedProfile => "followers_exceed_profile",
        }
    }
}

impl Verdict {
    /// The stable output key: `meets`, `borderline` or `below`.
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Meets => "meets",
            Verdict::Borderline => "borderline",
            Verdict::Below => "below",
            Verdict::RedFlags => "red_flags",
        }
    }
}

/// A reason behind the verdict, with the figures it rests on.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reason {
    /// The mean ratio reaches the benchmark.
    MeanMeetsBenchmark {
        /// Mean ratio.
        mean: f64,
        /// Benchmark.
        benchmark: f64,
    },
    /// The mean ratio falls short of the benchmark.
    MeanBelowBenchmark {
        /// Mean ratio.
        mean: f64,
        /// Benchmark.
        benchmark: f64,
    },
    /// Fewer than half the notes reach the benchmark.
    FewNotesMeetBenchmark {
        /// Share of notes at or above it.
        share: f64,
    },
    /// Saves are a small share of interactions.
    LowSaveShare {
        /// Save share.
        share: f64,
    },
    /// Interactions vary a lot from note to note.
    UnevenNotes {
        /// Coefficient of variation.
        cv: f64,
    },
    /// Comments are outside the healthy 5–15% of interactions.
    CommentShareOutsideRange {
        /// Comment share.
        share: f64,
    },
    /// The median ratio is below the suspicious line (a warning sign).
    MedianBelowSuspiciousLine {
        /// Median ratio.
        median: f64,
        /// The line.
        line: f64,
    },
    /// Every note is below the suspicious line (a red flag).
    AllNotesBelowSuspiciousLine {
        /// The highest note's ratio.
        highest: f64,
        /// The line.
        line: f64,
    },
    /// A comment-check share above its flag line (a red flag).
    CommentsFlagged {
        /// Which share.
        flag: crate::calculators::engagement::comments::CommentFlag,
        /// The share of comments.
        share: f64,
    },
    /// More followers than likes + saves: on the profile when that total is
    /// given, otherwise across the notes.
    FollowersExceedLikesSaves {
        /// Followers.
        followers: u64,
        /// The likes + saves total compared.
        likes_saves: u64,
        /// Whether that total is the profile's rather than the notes'.
        from_profile: bool,
    },
}

impl Reason {
    /// Whether this reason is a warning sign (it lowers the verdict).
    pub fn is_warning(&self) -> bool {
        !matches!(self, Reason::MeanMeetsBenchmark { .. })
    }
}

/// Everything the engagement benchmark computes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EngagementReport {
    /// Per-note results, in the order given.
    pub notes: Vec<NoteResult>,
    /// `ratio_mean`: mean of ratio_i.
    pub ratio_mean: Figure,
    /// `ratio_median`: median of ratio_i.
    pub ratio_median: Figure,
    /// `share_above_benchmark`: notes with ratio_i ≥ benchmark / notes.
    pub share_above_benchmark: Figure,
    /// `er_followers`: mean of interactions_i / followers.
    pub er_followers: Figure,
    /// `er_views`: Σ interactions / Σ views over notes that give views.
    pub er_views: Figure,
    /// `save_share`: Σ saves / Σ interactions.
    pub save_share: Figure,
    /// `comment_share`: Σ comments / Σ interactions.
    pub comment_share: Figure,
    /// `stability_cv`: population standard deviation of interactions_i / their mean.
    pub stability_cv: Figure,
    /// `viral_rate`: notes with likes + saves + comments ≥ 1,000 / notes.
    pub viral_rate: Figure,
    /// `fake_share`: the fake-follower share used.
    pub fake_share: f64,
    /// Where `fake_share` came from.
    pub fake_share_source: FakeShareSource,
    /// `authentic_followers`: followers × (1 − fake share).
    pub authentic_followers: Figure,
    /// `authentic_ratio_mean`: mean of (likes + saves) / authentic followers.
    pub authentic_ratio_mean: Figure,
    /// `likes_saves_notes`: Σ (likes + saves) over the notes.
    pub likes_saves_notes: u64,
    /// `tier`.
    pub tier: Tier,
    /// `verdict`, undefined without followers or notes.
    pub verdict: Result<Verdict, Undefined>,
    /// `red_flags`: the red flags raised, in [`RedFlag`] order.
    pub red_flags: Vec<RedFlag>,
    /// The comment check of the pasted comments (`None`: none pasted).
    pub comment_check: Option<crate::calculators::engagement::comments::CommentCheck>,
    /// The reasons behind the verdict, warnings after the headline.
    pub reasons: Vec<Reason>,
}

fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        None
    } else {
        Some(values.iter().sum::<f64>() / values.len() as f64)
    }
}

fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    crate::sort::sort_numbers(&mut sorted);
    let mid = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => sorted.get(mid).copied(),
        _ => Some((sorted.get(mid - 1)? + sorted.get(mid)?) / 2.0),
    }
}

/// Runs the benchmark. Never panics; every figure that cannot be computed
/// says why.
pub fn compute(inputs: &EngagementInputs) -> EngagementReport {
    let notes = &inputs.notes;
    let followers = inputs.followers;
    let follower_count = followers as f64;
    let tier = Tier::of(followers, &inputs.tiers);
    let need_notes = |value: Option<f64>| value.ok_or(Undefined::NoNotes);
    let need_followers = |figure: Figure| {
        if followers == 0 {
            Err(Undefined::NoFollowers)
        } else {
            figure
        }
    };

    let ratios: Vec<f64> = notes
        .iter()
        .map(|n| n.likes_saves() as f64 / follower_count)
        .collect();
    let note_results: Vec<NoteResult> = notes
        .iter()
        .zip(&ratios)
        .map(|(note, &ratio)| NoteResult {
            ratio: need_followers(Ok(ratio)),
            interactions: note.interactions(),
            meets_benchmark: followers > 0 && ratio >= inputs.benchmark,
        })
        .collect();

    let ratio_mean = need_followers(need_notes(mean(&ratios)));
    let ratio_median = need_followers(need_notes(median(&ratios)));
    let share_above_benchmark = need_followers(need_notes(mean(
        &ratios
            .iter()
            .map(|&r| if r >= inputs.benchmark { 1.0 } else { 0.0 })
            .collect::<Vec<_>>(),
    )));

    let interactions: Vec<f64> = notes.iter().map(|n| n.interactions() as f64).collect();
    let er_followers = need_followers(need_notes(mean(&interactions).map(|m| m / follower_count)));

    let (viewed_interactions, views) = notes
        .iter()
        .filter_map(|n| n.views.map(|v| (n.interactions() as f64, v as f64)))
        .fold((0.0, 0.0), |(i, v), (ni, nv)| (i + ni, v + nv));
    let er_views = if views > 0.0 {
        Ok(viewed_interactions / views)
    } else {
        Err(Undefined::NoViews)
    };

    let total_interactions: f64 = interactions.iter().sum();
    let share_of_interactions = |part: f64| {
        if notes.is_empty() {
            Err(Undefined::NoNotes)
        } else if total_interactions > 0.0 {
            Ok(part / total_interactions)
        } else {
            Err(Undefined::NoInteractions)
        }
    };
    let save_share = share_of_interactions(notes.iter().map(|n| n.saves as f64).sum());
    let comment_share = share_of_interactions(notes.iter().map(|n| n.comments as f64).sum());

    let stability_cv = match mean(&interactions) {
        None => Err(Undefined::NoNotes),
        Some(_) if notes.len() < 2 => Err(Undefined::TooFewNotes),
        Some(0.0) => Err(Undefined::NoInteractions),
        Some(m) => {
            let variance = interactions.iter().map(|x| (x - m).powi(2)).sum::<f64>()
                / interactions.len() as f64;
            Ok(variance.sqrt() / m)
        }
    };

    let viral_rate = need_notes(mean(
        &notes
            .iter()
            .map(|n| {
                if n.likes_saves_comments() >= VIRAL_INTERACTIONS {
                    1.0
                } else {
                    0.0
                }
            })
            .collect::<Vec<_>>(),
    ));

    let (fake_share, fake_share_source) = match inputs.fake_share {
        // A NaN share (only from a direct caller; the form rejects it) is 0.
        Some(share) => (
            if share.is_nan() {
                0.0
            } else {
                share.clamp(0.0, 1.0)
            },
            FakeShareSource::User,
        ),
        None if tier == Tier::Head => (DEFAULT_FAKE_SHARE_HEAD, FakeShareSource::PractitionerHead),
        None => (
            DEFAULT_FAKE_SHARE_BELOW_HEAD,
            FakeShareSource::BriefBelowHead,
        ),
    };
    let authentic = follower_count * (1.0 - fake_share);
    let authentic_followers = need_followers(Ok(authentic));
    let authentic_ratio_mean = need_followers(if authentic > 0.0 {
        need_notes(mean(&ratios).map(|r| r * follower_count / authentic))
    } else {
        Err(Undefined::NoAuthenticFollowers)
    });

    let likes_saves_notes = notes
        .iter()
        .fold(0u64, |sum, n| sum.saturating_add(n.likes_saves()));

    let comment_check = crate::calculators::engagement::comments::check(&inputs.comments);
    let signs = Signs {
        ratio_mean,
        ratio_median,
        highest_ratio: note_results
            .iter()
            .filter_map(|n| n.ratio.ok())
            .reduce(f64::max),
        share_above_benchmark,
        save_share,
        stability_cv,
        comment_share,
        likes_saves_notes,
        comment_check: comment_check.as_ref(),
    };
    let (verdict, reasons, red_flags) = judge(inputs, &signs);

    EngagementReport {
        notes: note_results,
        ratio_mean,
        ratio_median,
        share_above_benchmark,
        er_followers,
        er_views,
        save_share,
        comment_share,
        stability_cv,
        viral_rate,
        fake_share,
        fake_share_source,
        authentic_followers,
        authentic_ratio_mean,
        likes_saves_notes,
        tier,
        verdict,
        red_flags,
        comment_check,
        reasons,
    }
}

/// The figures the verdict rests on.
struct Signs<'a> {
    ratio_mean: Figure,
    ratio_median: Figure,
    highest_ratio: Option<f64>,
    share_above_benchmark: Figure,
    save_share: Figure,
    stability_cv: Figure,
    comment_share: Figure,
    likes_saves_notes: u64,
    comment_check: Option<&'a crate::calculators::engagement::comments::CommentCheck>,
}

/// Red flags when any shows; otherwise below when the mean ratio misses the
/// benchmark, borderline when any warning sign shows, and meets when none does.
fn judge(
    inputs: &EngagementInputs,
    signs: &Signs,
) -> (Result<Verdict, Undefined>, Vec<Reason>, Vec<RedFlag>) {
    use crate::calculators::engagement::comments::CommentFlag;
    let mean = match signs.ratio_mean {
        Ok(mean) => mean,
        Err(why) => return (Err(why), Vec::new(), Vec::new()),
    };
    let benchmark = inputs.benchmark;
    let mut red_flags = Vec::new();
    let mut reasons = vec![if mean >= benchmark {
        Reason::MeanMeetsBenchmark { mean, benchmark }
    } else {
        Reason::MeanBelowBenchmark { mean, benchmark }
    }];
    if let Some(check) = signs.comment_check {
        for &flag in &check.flags {
            let (share, red) = match flag {
                CommentFlag::Duplicates => (check.duplicate_share, RedFlag::DuplicateComments),
                CommentFlag::Templates => (check.template_share, RedFlag::TemplateComments),
                CommentFlag::Short => (check.short_share, RedFlag::ShortComments),
            };
            reasons.push(Reason::CommentsFlagged { flag, share });
            red_flags.push(red);
        }
    }
    // The form keeps the line between 0.1% and 100%; a direct caller's
    // infinite or NaN line judges nothing.
    let line = inputs.suspicious_line;
    match (signs.highest_ratio, signs.ratio_median) {
        _ if !line.is_finite() => {}
        (Some(highest), _) if highest < line => {
            reasons.push(Reason::AllNotesBelowSuspiciousLine { highest, line });
            red_flags.push(RedFlag::BelowSuspiciousLine);
        }
        (_, Ok(median)) if median < line => {
            reasons.push(Reason::MedianBelowSuspiciousLine { median, line });
        }
        _ => {}
    }
    if let Ok(share) = signs.share_above_benchmark {
        if share < MIN_SHARE_ABOVE_BENCHMARK {
            reasons.push(Reason::FewNotesMeetBenchmark { share });
        }
    }
    if let Ok(share) = signs.save_share {
        if share < LOW_SAVE_SHARE {
            reasons.push(Reason::LowSaveShare { share });
        }
    }
    if let Ok(cv) = signs.stability_cv {
        if cv > UNEVEN_CV {
            reasons.push(Reason::UnevenNotes { cv });
        }
    }
    if let Ok(share) = signs.comment_share {
        if share < COMMENT_SHARE_HEALTHY.0 || share > COMMENT_SHARE_HEALTHY.1 {
            reasons.push(Reason::CommentShareOutsideRange { share });
        }
    }
    let (likes_saves, from_profile) = match inputs.profile_likes_saves {
        Some(total) => (total, true),
        None => (signs.likes_saves_notes, false),
    };
    if inputs.followers > likes_saves {
        reasons.push(Reason::FollowersExceedLikesSaves {
            followers: inputs.followers,
            likes_saves,
            from_profile,
        });
        // Lifetime likes below followers is a fraud sign; the recent notes'
        // total below followers is common and only a warning.
        if from_profile {
            red_flags.push(RedFlag::FollowersExceedProfile);
        }
    }
    let verdict = if !red_flags.is_empty() {
        Verdict::RedFlags
    } else if mean < benchmark {
        Verdict::Below
    } else if reasons.iter().any(Reason::is_warning) {
        Verdict::Borderline
    } else {
        Verdict::Meets
    };
    (Ok(verdict), reasons, red_flags)
}
