//! Compensation model: which way of paying a creator, booked through which
//! channel, costs least for the result expected, and where each stops
//! paying off.
//!
//! Every cost is a function of the volume `q` of the performance basis
//! (engagements, clicks or units sold); the other results scale with it in
//! their expected proportion (`ratio_R = R_likely / q_likely`). For model M
//! and channel k (fee `f`, FX spread `x`), with flat fee `F = quote × format`
//! and usage-rights fee `U = u × F`:
//! - booked fee `B`: flat `F`, hybrid `h × F`, performance and seeding 0;
//! - variable pay `V`: performance `ρ × q` (ρ = rate per engagement or click,
//!   or commission × price for sales), hybrid `β × max(0, E − T) + c_h × P × S`;
//! - creator pay = B + U + V; fees = f × (B + U) (+ g × V through an MCN on
//!   a net quote); FX = x × (creator pay + fees); products (seeding) =
//!   (product cost + shipping) ÷ post rate per posted note.
//!
//! The platform and agency fees are charged on booked fees; performance pay
//! is settled at the agreed rate with their share inside it (assumption,
//! which makes performance equal flat at Q* = F(1+f)/ρ, domain facts §4.3).
//! The MCN's commission (the brief's ~50%) is its share of what the brand
//! pays, so a quote from the MCN already holds it (fee 0); only when the
//! quote is the creator's own net price does the brand pay
//! pay ÷ (1 − share), i.e. a markup g = share ÷ (1 − share) on every part
//! of the pay, performance pay included.
//!
//! Conversion: a foreign brand converts its money on every channel: the
//! agency's spread `fx`, or its own bank's cost `bfx` of paying RMB on the
//! platform (pre-funded RMB account) and to an MCN. Gifted products are
//! bought and shipped at home, without conversion.
//!
//! Commission on sales is paid on the units kept: platforms settle it after
//! the return window, and returned orders earn none. So commission pay is
//! c × P × q × (1 − r), and a commission loses money on every kept unit
//! when c × (1 + conversion) ≥ gross margin.
//!
//! Seeding: a gifted note is unbriefed and posted when the creator chooses,
//! so it brings `gifted performance` × the results of a paid, briefed note
//! (assumption, 30%); it pays no usage rights unless a gifted usage fee is
//! set; and from the mid tier's quote (¥5,000, practitioner price lists)
//! creators rarely post for product alone, so seeding is then flagged and
//! left out of the cheapest answer.
//!
//! Defaults and their sources: quote ¥12,000 (mid-tier image note,
//! practitioner); MCN commission 50% (the brief); platform fee 10%
//! (assumption, practitioners say 10–20%); agency fee 15%, FX spread 2%,
//! hybrid base 50% and bonus ¥4 (assumptions); hybrid threshold 1,000
//! engagements (the platform's 千互 viral line); post rate 40%
//! (practitioner, 30–50% healthy); commission 20% (practitioner, 10–40%);
//! bank conversion 1% (assumption); gifted performance 30% (assumption);
//! seeding line ¥5,000 (practitioner: the mid tier's lowest quote).

use serde::{Deserialize, Serialize};

/// A way of paying the creator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Model {
    /// A fixed fee per note (一口价).
    Flat,
    /// Pay per result: per engagement, per click, or commission on sales (纯佣).
    Performance,
    /// Product gifted for a post (置换).
    Seeding,
    /// A base fee (坑位费) plus a bonus or commission.
    Hybrid,
}

/// A way of booking the creator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    /// The platform's own program (蒲公英).
    Platform,
    /// A direct contract with the creator's MCN.
    Mcn,
    /// A marketing or KOL agency (代理).
    Agency,
}

/// What performance pay counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Basis {
    /// Per engagement (likes + saves + comments + shares).
    Engagement,
    /// Per link click.
    Click,
    /// Commission on each sale.
    Sale,
}

impl Model {
    /// Every model, in the order of the page.
    pub const ALL: [Model; 4] = [
        Model::Flat,
        Model::Performance,
        Model::Seeding,
        Model::Hybrid,
    ];
    /// The stable output key.
    pub fn key(self) -> &'static str {
        match self {
            Model::Flat => "flat",
            Model::Performance => "perf",
            Model::Seeding => "seeding",
            Model::Hybrid => "hybrid",
        }
    }
}

impl Channel {
    /// Every channel, in the order of the page.
    pub const ALL: [Channel; 3] = [Channel::Platform, Channel::Mcn, Channel::Agency];
    /// The stable output key.
    pub fn key(self) -> &'static str {
        match self {
            Channel::Platform => "platform",
            Channel::Mcn => "mcn",
            Channel::Agency => "agency",
        }
    }
}

impl Basis {
    /// Every basis, in the order of the choice.
    pub const ALL: [Basis; 3] = [Basis::Engagement, Basis::Click, Basis::Sale];
    /// The link and output key.
    pub fn key(self) -> &'static str {
        match self {
            Basis::Engagement => "engagement",
            Basis::Click => "click",
            Basis::Sale => "sale",
        }
    }
    /// Reads a key written by [`Basis::key`].
    pub fn from_key(key: &str) -> Option<Basis> {
        Basis::ALL.into_iter().find(|b| b.key() == key.trim())
    }
}

/// A low, likely and high estimate of a count.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Range {
    /// Low.
    pub low: f64,
    /// Likely (the expected volume every cost is computed at).
    pub likely: f64,
    /// High.
    pub high: f64,
}

impl Range {
    const fn new(low: f64, likely: f64, high: f64) -> Range {
        Range { low, likely, high }
    }
}

/// Everything the compensation calculator needs. Shares are fractions,
/// amounts CNY.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompensationInputs {
    /// The creator's quote per note (报价), image note.
    pub quote: f64,
    /// Format multiplier on the quote: 1 image note, 1.4 video (practitioner).
    pub format: f64,
    /// Engagements per note.
    pub engagements: Range,
    /// Reads per note.
    pub reads: Range,
    /// Link clicks per note.
    pub clicks: Range,
    /// Units sold per note.
    pub sales: Range,
    /// Selling price per unit.
    pub price: f64,
    /// Gross margin.
    pub margin: f64,
    /// Share of units returned.
    pub return_rate: f64,
    /// What performance pay counts.
    pub basis: Basis,
    /// Pay per engagement.
    pub per_engagement: f64,
    /// Pay per click.
    pub per_click: f64,
    /// Commission on sales (佣金).
    pub commission: f64,
    /// Product cost per parcel (置换).
    pub product_cost: f64,
    /// International shipping and duties per parcel.
    pub shipping: f64,
    /// Share of gifted creators who post.
    pub post_rate: f64,
    /// Hybrid base fee as a share of the flat fee (坑位费).
    pub hybrid_base: f64,
    /// Hybrid bonus per engagement above the threshold.
    pub hybrid_bonus: f64,
    /// Engagements from which the bonus is paid.
    pub hybrid_threshold: f64,
    /// Hybrid commission on sales.
    pub hybrid_commission: f64,
    /// Platform service fee.
    pub platform_fee: f64,
    /// MCN commission.
    pub mcn_commission: f64,
    /// Agency fee.
    pub agency_fee: f64,
    /// Agency FX spread.
    pub fx_spread: f64,
    /// Usage-rights fee as a share of the flat fee (0: none bought).
    pub usage_share: f64,
    /// Usage-rights duration in months.
    pub usage_months: f64,
    /// Results of a gifted note as a share of a paid, briefed note's.
    pub gifted_performance: f64,
    /// Usage-rights fee on gifted posts, share of the flat fee (0: none).
    pub gifted_usage_share: f64,
    /// Quote (image note) from which creators rarely post for product alone.
    pub seeding_quote_line: f64,
    /// Whether the quote is the creator's own net price (the MCN's share is
    /// then added on top) rather than the MCN's price (share inside).
    pub quote_is_net: bool,
    /// The brand's own cost of converting to RMB (platform and MCN).
    pub bank_fx: f64,
}

impl Default for CompensationInputs {
    fn default() -> Self {
        CompensationInputs {
            quote: 12_000.0,
            format: 1.0,
            engagements: Range::new(800.0, 2_000.0, 5_000.0),
            reads: Range::new(10_000.0, 25_000.0, 60_000.0),
            clicks: Range::new(200.0, 500.0, 1_200.0),
            sales: Range::new(20.0, 60.0, 150.0),
            price: 300.0,
            margin: 0.60,
            return_rate: 0.10,
            basis: Basis::Sale,
            per_engagement: 5.0,
            per_click: 5.0,
            commission: 0.20,
            product_cost: 80.0,
            shipping: 120.0,
            post_rate: 0.40,
            hybrid_base: 0.50,
            hybrid_bonus: 4.0,
            hybrid_threshold: 1_000.0,
            hybrid_commission: 0.0,
            platform_fee: 0.10,
            mcn_commission: 0.50,
            agency_fee: 0.15,
            fx_spread: 0.02,
            usage_share: 0.0,
            usage_months: 0.0,
            gifted_performance: 0.30,
            gifted_usage_share: 0.0,
            seeding_quote_line: 5_000.0,
            quote_is_net: false,
            bank_fx: 0.01,
        }
    }
}

/// Why a figure has no value; shown instead of a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Undefined {
    /// The expected count of this result is zero.
    NoResults,
    /// The contribution margin is zero or below.
    NoMargin,
    /// Profit never reaches zero, at any volume.
    NeverBreaksEven,
    /// The two costs never meet.
    NeverCrosses,
    /// Profit is ≥ 0 only between two volumes and negative again before
    /// the high estimate (the volumes are the combination's window).
    OnlyBetween,
}

/// A computed figure or the reason it is undefined.
pub type Figure = Result<f64, Undefined>;

/// A cost split by who receives it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Cost {
    /// Creator's pay, usage rights included.
    pub creator_pay: f64,
    /// Platform, MCN or agency fee.
    pub fees: f64,
    /// FX spread.
    pub fx: f64,
    /// Products and their shipping (seeding).
    pub product: f64,
}

impl Cost {
    /// Everything the brand pays.
    pub fn total(&self) -> f64 {
        self.creator_pay + self.fees + self.fx + self.product
    }
}

/// A cost (or cost minus revenue) as a function of volume q:
/// `a + b q + extra × max(0, q − kink)`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Line {
    /// Value at q = 0.
    pub a: f64,
    /// Slope before the kink.
    pub b: f64,
    /// Volume from which `extra` is added to the slope.
    pub kink: f64,
    /// Extra slope after the kink.
    pub extra: f64,
}

impl Line {
    /// Value at `q`.
    pub fn at(&self, q: f64) -> f64 {
        self.a + self.b * q + self.extra * (q - self.kink).max(0.0)
    }

    /// `self − other`.
    pub fn minus(&self, other: &Line) -> Line {
        // Kinks only ever come from the hybrid; at most one side has one.
        let (kink, extra) = if self.extra != 0.0 {
            (self.kink, self.extra)
        } else {
            (other.kink, -other.extra)
        };
        Line {
            a: self.a - other.a,
            b: self.b - other.b,
            kink,
            extra,
        }
    }

    /// The volumes in `(0, q_max]` where the line crosses zero.
    pub fn roots(&self, q_max: f64) -> Vec<f64> {
        let kink = self.kink.max(0.0);
        let mut roots = Vec::new();
        let mut solve = |start: f64, end: f64, slope: f64| {
            if slope != 0.0 {
                let root = start - self.at(start) / slope;
                if root > start.max(0.0) && root <= end.min(q_max) && root.is_finite() {
                    roots.push(root);
                }
            }
        };
        solve(0.0, kink, self.b);
        solve(kink, f64::INFINITY, self.b + self.extra);
        roots
    }

    /// The smallest q ≥ 0 from which the line is zero or below and does
    /// not rise again: for cost − revenue, the volume from which a model
    /// pays for itself (a commission above the margin "pays" at zero and
    /// loses from the first sale, so it never breaks even).
    pub fn first_at_or_below_zero(&self) -> Option<f64> {
        // A root past every finite volume (a rate of 1e-300) is no root.
        self.first_root().filter(|q| q.is_finite())
    }

    fn first_root(&self) -> Option<f64> {
        let kink = if self.extra != 0.0 {
            self.kink.max(0.0)
        } else {
            f64::INFINITY
        };
        if self.a <= 0.0 && self.b <= 0.0 {
            return Some(0.0);
        }
        if self.a > 0.0 && self.b < 0.0 {
            let root = self.a / -self.b;
            if root <= kink {
                return Some(root);
            }
        }
        if kink.is_infinite() {
            return None;
        }
        let at_kink = self.at(kink);
        let slope = self.b + self.extra;
        if slope > 0.0 {
            None
        } else if at_kink <= 0.0 {
            Some(kink)
        } else {
            (slope < 0.0).then(|| kink + at_kink / -slope)
        }
    }
}

/// One pay model booked through one channel, at the likely volume.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Combo {
    /// Pay model.
    pub model: Model,
    /// Channel.
    pub channel: Channel,
    /// The cost split.
    pub cost: Cost,
    /// `total_<model>_<channel>`: everything paid.
    pub total: f64,
    /// `cpe_…`: total ÷ engagements.
    pub per_engagement: Figure,
    /// `cpr_…`: total ÷ reads.
    pub per_read: Figure,
    /// `cpc_…`: total ÷ clicks.
    pub per_click: Figure,
    /// `cps_…`: total ÷ units sold.
    pub per_sale: Figure,
    /// `profit_…`: contribution margin × price × units − total.
    pub profit: f64,
    /// `pays_…`: the basis volume (of the note itself) from which profit
    /// stays ≥ 0 up to the high estimate; `OnlyBetween` when it turns
    /// negative again before it.
    pub pays_for_itself: Figure,
    /// The volumes between which profit is ≥ 0 (`None` when never; the
    /// end `None` when it stays ≥ 0 at every larger volume).
    pub profitable: Option<(f64, Option<f64>)>,
    /// `delivered_…`: the share of the expected results this combination
    /// brings (gifted performance for seeding, 1 otherwise).
    pub delivered: f64,
    /// The cost as a function of the basis volume.
    pub line: Line,
}

/// A warning shown above the results.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Warning {
    /// A commission at or above the contribution margin: every sale loses money.
    CommissionAboveMargin {
        /// The commission.
        commission: f64,
        /// The contribution margin.
        margin: f64,
    },
    /// Nothing is left of the price after margin and returns.
    NoMargin,
    /// The hybrid threshold is above the high engagement estimate.
    ThresholdAboveHigh {
        /// Threshold.
        threshold: f64,
        /// High estimate.
        high: f64,
    },
    /// The quote puts the creator in the mid tier or above, where gifted
    /// posts are rare; seeding is left out of the cheapest answer.
    SeedingUnrealistic {
        /// The quote (image note).
        quote: f64,
        /// The line from which seeding is unrealistic.
        line: f64,
    },
    /// A model's profit turns negative again before the high estimate.
    ProfitTurnsNegative {
        /// The model.
        model: Model,
        /// Volume from which profit is ≥ 0.
        from: f64,
        /// Volume from which it is negative again.
        until: f64,
    },
}

impl Warning {
    /// The stable key in the `warnings` output.
    pub fn key(&self) -> &'static str {
        match self {
            Warning::CommissionAboveMargin { .. } => "commission_above_margin",
            Warning::NoMargin => "no_margin",
            Warning::ThresholdAboveHigh { .. } => "threshold_above_high",
            Warning::SeedingUnrealistic { .. } => "seeding_unrealistic",
            Warning::ProfitTurnsNegative { .. } => "profit_turns_negative",
        }
    }
}

/// An item of the contract checklist (the brief's payments section).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Item {
    /// Sponsored-content disclosure.
    Disclosure,
    /// Repost, boost and repurpose rights.
    UsageRights,
    /// Whether another creator can be swapped in without refund.
    Reassignment,
    /// Payment held until the content is delivered.
    PaymentHold,
    /// The currency paid in.
    Currency,
}

/// How a channel covers a checklist item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cover {
    /// Covered by the channel as the brief describes it.
    Covered,
    /// Must be negotiated into the contract.
    Negotiate,
    /// A known gap or risk of the channel.
    Gap,
}

impl Item {
    /// Every item, in the order of the checklist.
    pub const ALL: [Item; 5] = [
        Item::Disclosure,
        Item::UsageRights,
        Item::Reassignment,
        Item::PaymentHold,
        Item::Currency,
    ];
    /// The stable output key.
    pub fn key(self) -> &'static str {
        match self {
            Item::Disclosure => "disclosure",
            Item::UsageRights => "usage",
            Item::Reassignment => "reassignment",
            Item::PaymentHold => "hold",
            Item::Currency => "currency",
        }
    }
}

impl Cover {
    /// The stable `data-value`.
    pub fn key(self) -> &'static str {
        match self {
            Cover::Covered => "covered",
            Cover::Negotiate => "negotiate",
            Cover::Gap => "gap",
        }
    }
}

/// How `channel` covers `item`, from the brief; usage rights are covered
/// on every channel once a fee and duration are bought.
pub fn cover(inputs: &CompensationInputs, item: Item, channel: Channel) -> Cover {
    use Channel::*;
    match (item, channel) {
        (Item::UsageRights, _) if inputs.usage_share > 0.0 && inputs.usage_months > 0.0 => {
            Cover::Covered
        }
        (Item::UsageRights, _) => Cover::Negotiate,
        (Item::Disclosure | Item::Reassignment | Item::PaymentHold, Platform) => Cover::Covered,
        (Item::Reassignment | Item::PaymentHold | Item::Currency, Mcn) => Cover::Gap,
        (Item::Currency, Platform) => Cover::Gap,
        (Item::Currency, Agency) => Cover::Covered,
        (Item::Disclosure, Mcn)
        | (Item::Disclosure | Item::Reassignment | Item::PaymentHold, Agency) => Cover::Negotiate,
    }
}

/// Everything the calculator computes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompensationReport {
    /// Every model × channel, models outer.
    pub combos: Vec<Combo>,
    /// `contribution_margin`: margin × (1 − return rate).
    pub contribution_margin: f64,
    /// `breakeven_roas`: 1 ÷ contribution margin.
    pub breakeven_roas: Figure,
    /// `perf_vs_flat_<channel>`: Q* = F(1 + f) ÷ ρ, in basis units.
    pub perf_vs_flat: [Figure; 3],
    /// `hybrid_vs_flat_<channel>`: basis volume from which hybrid costs
    /// at least the flat fee.
    pub hybrid_vs_flat: [Figure; 3],
    /// `cheapest`: the combination with the lowest cost per result of the
    /// basis (lowest total when none is expected); ties broken explicitly.
    pub cheapest: (Model, Channel),
    /// `cheapest_ties`: the other combinations tied with it, in table order.
    pub cheapest_ties: Vec<(Model, Channel)>,
    /// `cheapest_total`.
    pub cheapest_total: f64,
    /// `warnings`.
    pub warnings: Vec<Warning>,
}

impl CompensationReport {
    /// The combination of `model` and `channel`.
    pub fn combo(&self, model: Model, channel: Channel) -> Option<&Combo> {
        self.combos
            .iter()
            .find(|c| c.model == model && c.channel == channel)
    }
}

/// What a channel charges: its fee on booked fees, its markup on
/// performance pay, and the conversion cost on everything settled in RMB
/// (or through the agency).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChannelRates {
    /// Fee on booked fees (flat fee, base fee, usage rights).
    pub on_booked: f64,
    /// Markup on performance pay (an MCN's share on a net quote).
    pub on_variable: f64,
    /// Conversion cost on creator's pay + fees.
    pub fx: f64,
}

impl CompensationInputs {
    /// The flat fee: quote × format multiplier.
    pub fn flat_fee(&self) -> f64 {
        self.quote * self.format
    }

    /// Margin left per unit of revenue after returns.
    pub fn contribution_margin(&self) -> f64 {
        self.margin * (1.0 - self.return_rate)
    }

    /// The MCN's markup on what the creator is paid: 0 when the quote comes
    /// from the MCN (its share inside), share ÷ (1 − share) on a net quote.
    pub fn mcn_markup(&self) -> f64 {
        if self.quote_is_net {
            // The form keeps the share below 100%; the cap guards direct callers.
            let share = self.mcn_commission.min(0.99);
            share / (1.0 - share)
        } else {
            0.0
        }
    }

    /// Fees, markup and conversion cost of `channel`.
    pub fn channel_rates(&self, channel: Channel) -> ChannelRates {
        match channel {
            Channel::Platform => ChannelRates {
                on_booked: self.platform_fee,
                on_variable: 0.0,
                fx: self.bank_fx,
            },
            Channel::Mcn => ChannelRates {
                on_booked: self.mcn_markup(),
                on_variable: self.mcn_markup(),
                fx: self.bank_fx,
            },
            Channel::Agency => ChannelRates {
                on_booked: self.agency_fee,
                on_variable: 0.0,
                fx: self.fx_spread,
            },
        }
    }

    /// Whether the quote puts the creator where gifted posts are rare.
    pub fn seeding_unrealistic(&self) -> bool {
        self.quote >= self.seeding_quote_line
    }

    /// The share of the expected results `model` brings.
    pub fn delivered(&self, model: Model) -> f64 {
        match model {
            Model::Seeding => self.gifted_performance,
            _ => 1.0,
        }
    }

    /// The expected counts, by basis.
    fn basis_range(&self) -> Range {
        match self.basis {
            Basis::Engagement => self.engagements,
            Basis::Click => self.clicks,
            Basis::Sale => self.sales,
        }
    }

    /// Pay per basis result of the performance model (ρ); commission is
    /// paid on the units kept.
    pub fn performance_rate(&self) -> f64 {
        match self.basis {
            Basis::Engagement => self.per_engagement,
            Basis::Click => self.per_click,
            Basis::Sale => self.commission * self.price * (1.0 - self.return_rate),
        }
    }

    /// `R_likely ÷ q_likely`: how a result scales with the basis volume
    /// (zero when no basis result is expected).
    fn per_basis(&self, likely: f64) -> f64 {
        let q = self.basis_range().likely;
        if q > 0.0 {
            likely / q
        } else {
            0.0
        }
    }

    /// The cost split of `model` through `channel` at basis volume `q`.
    pub fn cost_at(&self, model: Model, channel: Channel, q: f64) -> Cost {
        let rates = self.channel_rates(channel);
        let flat = self.flat_fee();
        let usage = match model {
            Model::Seeding => self.gifted_usage_share,
            _ => self.usage_share,
        };
        let booked = match model {
            Model::Flat => flat,
            Model::Hybrid => self.hybrid_base * flat,
            Model::Performance | Model::Seeding => 0.0,
        } + usage * flat;
        let variable = match model {
            Model::Performance => self.performance_rate() * q,
            Model::Hybrid => {
                let engagements = self.per_basis(self.engagements.likely) * q;
                let kept = self.per_basis(self.sales.likely) * q * (1.0 - self.return_rate);
                self.hybrid_bonus * (engagements - self.hybrid_threshold).max(0.0)
                    + self.hybrid_commission * self.price * kept
            }
            Model::Flat | Model::Seeding => 0.0,
        };
        let creator_pay = booked + variable;
        let fees = rates.on_booked * booked + rates.on_variable * variable;
        Cost {
            creator_pay,
            fees,
            fx: rates.fx * (creator_pay + fees),
            product: match model {
                // The form keeps the post rate at 0.1% or more; the floor
                // only guards direct callers.
                Model::Seeding => (self.product_cost + self.shipping) / self.post_rate.max(0.001),
                _ => 0.0,
            },
        }
    }

    /// The total cost of `model` through `channel` as a line in q.
    pub fn cost_line(&self, model: Model, channel: Channel) -> Line {
        let rates = self.channel_rates(channel);
        let gross = (1.0 + rates.on_variable) * (1.0 + rates.fx);
        let at_zero = self.cost_at(model, channel, 0.0).total();
        let (b, kink, extra) = match model {
            Model::Performance => (self.performance_rate() * gross, 0.0, 0.0),
            Model::Hybrid => {
                let per_engagement = self.per_basis(self.engagements.likely);
                let slope = self.hybrid_commission
                    * self.price
                    * (1.0 - self.return_rate)
                    * self.per_basis(self.sales.likely);
                if per_engagement > 0.0 && self.hybrid_bonus > 0.0 {
                    (
                        slope * gross,
                        self.hybrid_threshold / per_engagement,
                        self.hybrid_bonus * per_engagement * gross,
                    )
                } else {
                    (slope * gross, 0.0, 0.0)
                }
            }
            Model::Flat | Model::Seeding => (0.0, 0.0, 0.0),
        };
        Line {
            a: at_zero,
            b,
            kink,
            extra,
        }
    }

    /// Revenue kept (contribution margin × price × units) as a line in q.
    pub fn margin_line(&self) -> Line {
        Line {
            a: 0.0,
            b: self.contribution_margin() * self.price * self.per_basis(self.sales.likely),
            kink: 0.0,
            extra: 0.0,
        }
    }

    /// Commission paid on each kept unit, as a share of its price, through
    /// the dearest channel: commission × (1 + markup) × (1 + conversion).
    fn commission_cost(&self, commission: f64) -> f64 {
        Channel::ALL
            .iter()
            .map(|&k| {
                let r = self.channel_rates(k);
                commission * (1.0 + r.on_variable) * (1.0 + r.fx)
            })
            .fold(0.0, f64::max)
    }
}

fn per(total: f64, count: f64) -> Figure {
    if count > 0.0 && (total / count).is_finite() {
        Ok(total / count)
    } else {
        Err(Undefined::NoResults)
    }
}

/// The volumes in `[0, ∞)` where `line` is zero or below, as one interval
/// `(from, until)` (`until` `None`: for every larger volume). The line is
/// convex (its extra slope after the kink is never negative for cost −
/// revenue), so the set is one interval; of a concave line the first
/// interval is returned.
fn at_or_below_zero(line: &Line) -> Option<(f64, Option<f64>)> {
    let kink = if line.extra != 0.0 {
        line.kink.max(0.0)
    } else {
        f64::INFINITY
    };
    // Each linear piece's sub-interval where the line is ≤ 0.
    let piece = |start: f64, end: f64, slope: f64| -> Option<(f64, f64)> {
        let at_start = line.at(start);
        let root = start - at_start / slope;
        let (from, until) = if slope == 0.0 {
            if at_start > 0.0 {
                return None;
            }
            (start, end)
        } else if slope > 0.0 {
            if at_start > 0.0 {
                return None;
            }
            (start, root.min(end))
        } else {
            (root.max(start), end)
        };
        (from.is_finite() && from <= until).then_some((from, until))
    };
    let first = piece(0.0, kink, line.b);
    let second = if kink.is_finite() {
        piece(kink, f64::INFINITY, line.b + line.extra)
    } else {
        None
    };
    let (from, until) = match (first, second) {
        (Some((f, u)), Some((f2, u2))) if u >= f2 => (f, u2),
        (Some(a), _) => a,
        (None, Some(b)) => b,
        (None, None) => return None,
    };
    // A start past every finite volume (a rate of 1e-300) is no start, and
    // a single point (zero cost at zero volume, losing from the first
    // result) is no break-even.
    (from.is_finite() && from < until).then_some((from, until.is_finite().then_some(until)))
}

fn combo(inputs: &CompensationInputs, model: Model, channel: Channel) -> Combo {
    let q = inputs.basis_range().likely;
    let cost = inputs.cost_at(model, channel, q);
    let total = cost.total();
    let cm = inputs.contribution_margin();
    let line = inputs.cost_line(model, channel);
    let delivered = inputs.delivered(model);
    // Volumes are those the note itself brings: a gifted note's high
    // estimate is its share of a paid note's.
    let high = delivered * inputs.basis_range().high;
    let profitable = if cm > 0.0 && q > 0.0 {
        at_or_below_zero(&line.minus(&inputs.margin_line()))
    } else {
        None
    };
    let pays_for_itself = if cm <= 0.0 {
        Err(Undefined::NoMargin)
    } else if q <= 0.0 {
        Err(Undefined::NoResults)
    } else {
        match profitable {
            None => Err(Undefined::NeverBreaksEven),
            Some((_, Some(until))) if until < high => Err(Undefined::OnlyBetween),
            Some((from, _)) => Ok(from),
        }
    };
    Combo {
        model,
        channel,
        cost,
        total,
        per_engagement: per(total, delivered * inputs.engagements.likely),
        per_read: per(total, delivered * inputs.reads.likely),
        per_click: per(total, delivered * inputs.clicks.likely),
        per_sale: per(total, delivered * inputs.sales.likely),
        profit: cm * inputs.price * delivered * inputs.sales.likely - total,
        pays_for_itself,
        profitable,
        delivered,
        line,
    }
}

/// Contract gaps of `channel` (the checklist's ✗), for breaking ties.
fn gaps(inputs: &CompensationInputs, channel: Channel) -> usize {
    Item::ALL
        .iter()
        .filter(|&&item| cover(inputs, item, channel) == Cover::Gap)
        .count()
}

/// The cheapest combination and those tied with it. Combinations compare
/// by cost per result of the basis at the likely volume (by total when no
/// result is expected); seeding is left out when unrealistic for the tier.
/// Costs within a millionth of each other tie; a tie goes to the channel
/// with fewer contract gaps, then to table order.
fn cheapest(inputs: &CompensationInputs, combos: &[Combo]) -> (Option<usize>, Vec<usize>) {
    let q = inputs.basis_range().likely;
    let score = |c: &Combo| {
        if q > 0.0 {
            let delivered = c.delivered * q;
            if delivered > 0.0 {
                c.total / delivered
            } else {
                f64::INFINITY
            }
        } else {
            c.total
        }
    };
    let eligible: Vec<(usize, f64)> = combos
        .iter()
        .enumerate()
        .filter(|(_, c)| !(c.model == Model::Seeding && inputs.seeding_unrealistic()))
        .map(|(i, c)| (i, score(c)))
        .filter(|(_, s)| s.is_finite())
        .collect();
    let Some(best) = eligible.iter().map(|&(_, s)| s).reduce(f64::min) else {
        return (None, Vec::new());
    };
    let tied: Vec<usize> = eligible
        .iter()
        .filter(|&&(_, s)| s - best <= 1e-6 * best.abs().max(1.0))
        .map(|&(i, _)| i)
        .collect();
    let winner = tied.iter().copied().min_by_key(|&i| {
        let channel = combos.get(i).map_or(Channel::Platform, |c| c.channel);
        (gaps(inputs, channel), i)
    });
    let others = tied.into_iter().filter(|&i| Some(i) != winner).collect();
    (winner, others)
}

/// Runs the calculator. Never panics; every figure that cannot be
/// computed says why.
pub fn compute(inputs: &CompensationInputs) -> CompensationReport {
    let combos: Vec<Combo> = Model::ALL
        .iter()
        .flat_map(|&m| Channel::ALL.iter().map(move |&k| combo(inputs, m, k)))
        .collect();
    let cm = inputs.contribution_margin();
    let rho = inputs.performance_rate();
    let per_channel = |f: &dyn Fn(Channel) -> Figure| Channel::ALL.map(f);
    let perf_vs_flat = per_channel(&|k| {
        let rates = inputs.channel_rates(k);
        let crossing =
            inputs.flat_fee() * (1.0 + rates.on_booked) / (rho * (1.0 + rates.on_variable));
        // A rate so small that the crossing passes every finite volume never crosses.
        if rho > 0.0 && crossing.is_finite() {
            Ok(crossing)
        } else {
            Err(Undefined::NeverCrosses)
        }
    });
    let hybrid_vs_flat = per_channel(&|k| {
        let flat = inputs.cost_line(Model::Flat, k);
        flat.minus(&inputs.cost_line(Model::Hybrid, k))
            .first_at_or_below_zero()
            .ok_or(Undefined::NeverCrosses)
    });
    let (winner, ties) = cheapest(inputs, &combos);
    let cheapest_ties: Vec<(Model, Channel)> = ties
        .into_iter()
        .filter_map(|i| combos.get(i).map(|c| (c.model, c.channel)))
        .collect();
    let (cheapest, cheapest_total) = winner
        .and_then(|i| combos.get(i))
        .map_or(((Model::Flat, Channel::Platform), 0.0), |c| {
            ((c.model, c.channel), c.total)
        });

    let mut warnings = Vec::new();
    if cm <= 0.0 {
        warnings.push(Warning::NoMargin);
    }
    // Commission and contribution margin both per unit sold: commission on
    // the kept share (1 − r), margin × (1 − r).
    let commissions = [
        (inputs.basis == Basis::Sale).then_some(inputs.commission),
        Some(inputs.hybrid_commission),
    ];
    if let Some(commission) = commissions
        .into_iter()
        .flatten()
        .filter(|&c| c > 0.0)
        .map(|c| inputs.commission_cost(c) * (1.0 - inputs.return_rate))
        .filter(|&c| c > 0.0 && c >= cm)
        .reduce(f64::max)
    {
        warnings.push(Warning::CommissionAboveMargin {
            commission,
            margin: cm,
        });
    }
    if inputs.hybrid_bonus > 0.0 && inputs.hybrid_threshold >= inputs.engagements.high {
        warnings.push(Warning::ThresholdAboveHigh {
            threshold: inputs.hybrid_threshold,
            high: inputs.engagements.high,
        });
    }
    if inputs.seeding_unrealistic() {
        warnings.push(Warning::SeedingUnrealistic {
            quote: inputs.quote,
            line: inputs.seeding_quote_line,
        });
    }
    for model in Model::ALL {
        let turning = combos
            .iter()
            .filter(|c| c.model == model && c.pays_for_itself == Err(Undefined::OnlyBetween))
            .filter_map(|c| match c.profitable {
                Some((from, Some(until))) => Some((from, until)),
                _ => None,
            })
            .reduce(|a, b| if b.1 < a.1 { b } else { a });
        if let Some((from, until)) = turning {
            warnings.push(Warning::ProfitTurnsNegative { model, from, until });
        }
    }

    CompensationReport {
        combos,
        contribution_margin: cm,
        // A margin too small to invert (1e-310) has no usable ROAS either.
        breakeven_roas: if cm > 0.0 && (1.0 / cm).is_finite() {
            Ok(1.0 / cm)
        } else {
            Err(Undefined::NoMargin)
        },
        perf_vs_flat,
        hybrid_vs_flat,
        cheapest,
        cheapest_ties,
        cheapest_total,
        warnings,
    }
}

/// The basis range of the inputs (the chart's expected volume and band).
pub fn basis_range(inputs: &CompensationInputs) -> Range {
    inputs.basis_range()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_agree_with_the_cost_split() {
        let inputs = CompensationInputs::default();
        for m in Model::ALL {
            for k in Channel::ALL {
                for q in [0.0, 10.0, 60.0, 150.0] {
                    let direct = inputs.cost_at(m, k, q).total();
                    let line = inputs.cost_line(m, k).at(q);
                    assert!((direct - line).abs() < 1e-6, "{m:?} {k:?} {q}");
                }
            }
        }
    }

    #[test]
    fn roots_of_a_kinked_line() {
        let line = Line {
            a: 10.0,
            b: 0.0,
            kink: 5.0,
            extra: -2.0,
        };
        assert_eq!(line.first_at_or_below_zero(), Some(10.0));
        assert_eq!(line.roots(100.0), vec![10.0]);
        let flat = Line {
            a: 10.0,
            b: 1.0,
            kink: 0.0,
            extra: 0.0,
        };
        assert_eq!(flat.first_at_or_below_zero(), None);
    }
}
