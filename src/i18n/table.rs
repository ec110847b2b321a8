//! The translation table: every key with its English and Simplified Chinese
//! text side by side. Chinese uses the words practitioners use on
//! Xiaohongshu and in agencies (达人, 粉丝, 点赞, 收藏, 赞藏比, 水军, 素人).

use super::Lang;

macro_rules! table {
    ($($key:ident: $en:expr, $zh:expr;)*) => {
        /// A piece of UI text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key {
            $(
                #[allow(missing_docs)]
                $key,
            )*
        }

        impl Key {
            /// Every key, for the completeness test.
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];
        }

        /// Both texts of each key, in the order of `Key` (an array indexed
        /// by the key is far smaller in the page than a match).
        const TEXTS: &[(&str, &str)] = &[$(($en, $zh),)*];

        pub(super) fn lookup(lang: Lang, key: Key) -> &'static str {
            match (TEXTS.get(key as usize), lang) {
                (Some((en, _)), Lang::En) => en,
                (Some((_, zh)), Lang::Zh) => zh,
                (None, _) => "",
            }
        }
    };
}

impl Key {
    /// Keys whose Chinese text rightly has no Chinese character.
    pub const SAME_IN_BOTH: &'static [Key] = &[Key::AppName];
}

table! {
    // App shell
    AppName: "kolcalc", "kolcalc";
    AppTitle: "kolcalc: KOL campaign calculators for China", "kolcalc：中国 KOL 投放计算器";
    NavLabel: "Calculators", "计算器";
    LanguageLabel: "Language", "语言";
    LanguageName: "English", "简体中文";
    CurrencyLabel: "Display currency", "显示币种";
    RateLabel: "Yuan per 1 {0}", "1 {0} 兑人民币";
    RateDefaultHint: "Default {0}: indicative rate set on {1} (assumption). Type your bank's rate.",
        "默认 {0}：{1} 设定的参考汇率（假设值），请按银行实际汇率修改。";
    SkipToContent: "Skip to content", "跳到正文";
    PrivacyLine: "Runs entirely in your browser: nothing you type is sent anywhere.",
        "所有计算都在你的浏览器本地完成，输入的内容不会发送到任何地方。";
    HomeTitle: "KOL campaign calculators for China", "中国 KOL 投放计算器";
    HomeLead: "Plan influencer campaigns on Xiaohongshu (RedNote), Douyin, WeChat and Weibo from abroad: vet creators, split budgets, compare pay models and schedule notes.",
        "在海外也能规划小红书、抖音、微信和微博的达人投放：评估达人、分配预算、比较合作方式、排期笔记。";
    BeingBuiltBadge: "Being built", "开发中";
    BeingBuilt: "This calculator is being built; it will appear here when its numbers are ready.",
        "该计算器正在开发中，数据与公式完成后会在这里上线。";
    BackHome: "All calculators", "全部计算器";
    NotFoundTitle: "Page not found", "页面不存在";
    CopyLink: "Copy link", "复制链接";
    LinkCopied: "Link copied: it opens this exact scenario.", "链接已复制，打开即是当前这组数据。";
    LinkCopiedPlain: "Link copied.", "链接已复制。";
    LinkWithoutComments: "The link keeps everything but the pasted comments, which would make it longer than 8 KB.",
        "链接保留了除粘贴评论外的全部内容：加上评论会超过 8 KB 上限。";
    LinkTooLong: "This scenario is longer than a link can hold (8 KB), so the link would open with defaults; remove some notes to share it.",
        "当前数据超出链接上限（8 KB），打开链接会恢复默认值；请删减部分笔记后再分享。";
    CopyByHand: "The clipboard is not available here; copy this link:", "此处无法使用剪贴板，请手动复制链接：";
    LinkNoticeIntro: "Some values in this link could not be used, so their defaults are shown:",
        "链接中有部分参数无法使用，已改用默认值：";
    Dismiss: "Dismiss", "关闭";
    DownloadPng: "Download PNG", "下载 PNG";
    DownloadSvg: "Download SVG", "下载 SVG";

    PanicTitle: "Something went wrong", "出错了";
    PanicBody: "The calculator stopped unexpectedly. Your scenario is kept in the link below: open it to carry on where you were.",
        "计算器意外停止。你的数据保存在下面的链接里，打开即可从刚才的位置继续。";
    PanicReload: "Reopen this scenario", "重新打开这组数据";

    // Calculators
    EngagementName: "Engagement benchmark", "达人互动评估";
    EngagementSummary: "Vet a creator from their recent notes: like+save to follower ratio, fake-follower signals, consistency.",
        "用近期笔记评估达人：赞藏比、假粉与水军迹象、内容稳定性。";
    BudgetMixName: "KOL vs KOC budget mix", "KOL 与 KOC 预算分配";
    BudgetMixSummary: "Split a budget across creator tiers the layered way practitioners recommend, and find the best mix.",
        "按从业者推荐的分层打法，把预算分配到头部、腰部、尾部达人和素人，找出最优组合。";
    CompensationName: "Compensation model", "合作费用模型";
    CompensationSummary: "Flat fee, performance, product seeding or hybrid pay, through the platform, an MCN or an agency, with break-even points.",
        "比较一口价、按效果付费、产品置换和混合模式，经蒲公英、MCN 或代理下单，并给出盈亏平衡点。";
    TimelineName: "Campaign timeline", "投放排期";
    TimelineSummary: "From creator selection to publication, with review rounds, waves of creators and Chinese holidays.",
        "从达人筛选到笔记发布的排期，含审稿轮次、分批达人和中国节假日。";

    // Engagement page
    EngagementQuestion: "Is this creator's engagement genuine and good enough to pay for?",
        "这位达人的互动是真实的吗？值得付费合作吗？";
    SectionCreator: "The creator", "达人信息";
    FollowersLabel: "Followers", "粉丝数";
    FollowersHint: "From the creator's profile. You can type 12000, 12k or 1.2万.",
        "取自达人主页，可输入 12000、12k 或 1.2万。";
    FollowersUnit: "Followers; 1.2万 and 12k work too.", "粉丝数，也可输入 1.2万 或 12k。";
    ProfileLikesSavesLabel: "Likes and saves on the profile (optional)", "主页获赞与收藏（选填）";
    ProfileLikesSavesHint: "The profile's lifetime total (获赞与收藏). Fewer than followers is a warning sign.",
        "主页显示的累计获赞与收藏。若少于粉丝数，是买粉的危险信号。";
    SectionNotes: "Recent notes (last 90 days)", "近期笔记（近 90 天）";
    NotesHelp: "One row per note, from the note's own page. Views are optional.",
        "每行一篇笔记，数据取自笔记页面。阅读数选填。";
    ColNote: "Note", "笔记";
    ColLikes: "Likes", "点赞";
    ColSaves: "Saves", "收藏";
    ColComments: "Comments", "评论";
    ColShares: "Shares", "分享";
    ColViews: "Views", "阅读";
    RemoveColumn: "Remove", "删除";
    CellLabel: "{0}, note {1}", "笔记 {1} 的{0}";
    RemoveNote: "Remove note {0}", "删除笔记 {0}";
    NoteCellError: "Note {0}, {1}: {2}", "笔记 {0} 的{1}：{2}";
    RowsLeftOut: "{0} note(s) with an error are left out of the results until fixed.",
        "有 {0} 篇笔记的数据有误，修正前不计入结果。";
    AddNote: "Add note", "添加笔记";
    PasteTitle: "Paste rows from a spreadsheet", "从表格粘贴笔记数据";
    PasteHelp: "Tab- or comma-separated, with or without a header row. Headers may be 点赞, 收藏, 评论, 分享, 阅读 or likes, saves, comments, shares, views; other columns are ignored.",
        "支持制表符或逗号分隔，可带或不带表头。表头可用 点赞、收藏、评论、分享、阅读 或英文 likes、saves、comments、shares、views，其他列会被忽略。";
    PasteLabel: "Rows to paste", "粘贴内容";
    PasteReplace: "Replace notes", "替换现有笔记";
    PasteAppend: "Add to notes", "追加到笔记";
    PasteRead: "{0} note(s) read.", "已读取 {0} 篇笔记。";
    PasteSkipped: "{0} line(s) without any number were skipped.", "有 {0} 行没有数字，已跳过。";
    PasteNothing: "No line with numbers was found in the pasted text.", "粘贴内容中没有找到含数字的行。";
    PasteTooMany: "Only the first {0} notes are kept.", "只保留前 {0} 篇笔记。";
    SectionBenchmarks: "Benchmarks and assumptions", "基准与假设";
    BenchmarkLabel: "Benchmark like+save to follower ratio", "赞藏比基准（点赞+收藏 ÷ 粉丝）";
    BenchmarkHint: "Default 1.5%: the brief's quality benchmark.", "默认 1.5%：来自投放指南的质量基准。";
    SuspiciousLabel: "Suspicious below", "存疑线（低于此值）";
    SuspiciousHint: "Default 3%: a practitioner line, shown for context.", "默认 3%：从业者经验线，仅作参考。";
    QualifiedLabel: "Qualified from", "优质线";
    QualifiedHint: "Default 5%: a practitioner line, shown for context.", "默认 5%：从业者经验线，仅作参考。";
    FakeLabel: "Assumed fake-follower share", "假粉占比假设";
    FakeHint: "Leave empty to follow the tier: 30% under 500K followers (the brief), 15% from 500K (practitioner range). 0 turns it off.",
        "留空则按层级取值：50万粉以下 30%（投放指南），50万粉及以上 15%（从业者区间）。填 0 即不扣除。";
    TierBoundsTitle: "Tier bounds (followers)", "达人层级划分（粉丝数）";
    TierBoundsHint: "Defaults 10K, 50K and 500K: the common practitioner convention. Below the tail bound is a KOC.",
        "默认 1万、5万、50万：行业常用划分。低于尾部下限即为素人（KOC）。";
    TailFromLabel: "Tail KOL from", "尾部达人起";
    MidFromLabel: "Mid KOL from", "腰部达人起";
    HeadFromLabel: "Head KOL from", "头部达人起";
    SectionResults: "Results", "评估结果";
    VerdictLabel: "Verdict:", "结论：";
    VerdictMeets: "Meets the benchmark", "达到基准";
    VerdictBorderline: "Borderline: check the warnings", "勉强达标，请留意风险提示";
    VerdictBelow: "Below the benchmark", "未达基准";
    ReasonMeanMeets: "Mean like+save ratio {0} is at or above the benchmark {1}.",
        "平均赞藏比 {0}，达到基准 {1}。";
    ReasonMeanBelow: "Mean like+save ratio {0} is below the benchmark {1}.",
        "平均赞藏比 {0}，低于基准 {1}。";
    ReasonFewNotes: "Only {0} of the notes reach the benchmark: the mean rests on a few notes.",
        "只有 {0} 的笔记达到基准，均值靠少数笔记撑起。";
    ReasonLowSaves: "Low save share: saves are {0} of interactions (below 15%).",
        "收藏占比偏低：收藏只占互动的 {0}（低于 15%）。";
    ReasonUneven: "Very uneven notes: the coefficient of variation of interactions is {0} (above 0.8).",
        "笔记数据波动很大：互动变异系数为 {0}（高于 0.8）。";
    ReasonCommentShare: "Comment share {0} is outside the healthy 5–15% of interactions.",
        "评论占互动 {0}，不在 5%–15% 的健康区间。";
    ReasonFollowersExceedProfile: "Followers ({0}) exceed the profile's likes and saves ({1}): a sign of bought followers.",
        "粉丝数（{0}）多于主页获赞与收藏（{1}），有买粉嫌疑。";
    ReasonFollowersExceedNotes: "Followers ({0}) exceed the likes and saves across these notes ({1}); enter the profile's total to check properly.",
        "粉丝数（{0}）多于这些笔记的赞藏总数（{1}）；填写主页获赞与收藏可更准确判断。";
    TierLabel: "Tier", "达人层级";
    TierKoc: "KOC (under the tail bound)", "素人 / KOC";
    TierTail: "Tail KOL", "尾部达人";
    TierMid: "Mid / vertical KOL", "腰部达人";
    TierHead: "Head KOL", "头部达人";
    RatioMean: "Mean like+save ratio", "平均赞藏比";
    RatioMedian: "Median like+save ratio", "赞藏比中位数";
    ShareAboveBenchmark: "Notes at or above the benchmark", "达到基准的笔记占比";
    ErFollowers: "Engagement rate by followers", "互动率（按粉丝）";
    ErViews: "Engagement rate by views", "互动率（按阅读）";
    SaveShare: "Save share of interactions", "收藏占互动比";
    CommentShare: "Comment share of interactions", "评论占互动比";
    StabilityCv: "Stability (coefficient of variation)", "稳定性（变异系数）";
    ViralRate: "Viral notes (1,000+ likes, saves and comments)", "爆文率（赞藏评 ≥ 1000）";
    FakeShareUsed: "Fake-follower share assumed", "假粉占比假设";
    FakeSourceBrief: "the brief's 30% for accounts under 500K", "投放指南：50万粉以下约 30%";
    FakeSourcePractitioner: "practitioner range, 15% from 500K followers", "从业者区间：50万粉及以上 15%";
    FakeSourceUser: "your value", "你填写的数值";
    AuthenticFollowers: "Estimated authentic followers", "估算真实粉丝";
    AuthenticRatioMean: "Mean like+save ratio on authentic followers", "按真实粉丝计的平均赞藏比";
    LikesSavesNotes: "Likes + saves across the notes", "笔记赞藏合计";
    NotesCounted: "Notes counted", "计入笔记数";
    UndefinedNoFollowers: "needs a follower count above zero", "需填写大于零的粉丝数";
    UndefinedNoNotes: "needs at least one note", "至少需要一篇笔记";
    UndefinedTooFewNotes: "needs at least two notes", "至少需要两篇笔记";
    UndefinedNoInteractions: "the notes have no interactions", "这些笔记没有任何互动";
    UndefinedNoViews: "no note gives its views", "没有笔记填写阅读数";
    UndefinedNoAuthenticFollowers: "a fake share of 100% leaves no authentic follower", "假粉占比 100%，没有真实粉丝";
    ChartTitle: "Like+save ratio (赞藏比) per note", "每篇笔记的赞藏比";
    ChartYAxis: "(likes + saves) ÷ followers", "（点赞 + 收藏）÷ 粉丝";
    ChartPasses: "At or above benchmark", "达到基准";
    ChartFails: "Below benchmark", "低于基准";
    ChartBenchmark: "Benchmark {0}", "基准 {0}";
    ChartSuspicious: "Suspicious below {0}", "存疑线 {0}";
    ChartQualified: "Qualified {0}", "优质线 {0}";
    ChartEmpty: "No note to chart yet", "暂无可绘制的笔记";
    ChartSummary: "{0} of {1} notes at or above the benchmark {2}; highest {3}, lowest {4}.",
        "{1} 篇笔记中有 {0} 篇达到基准 {2}；最高 {3}，最低 {4}。";

    // Comment check
    CommentsTitle: "Comment check: spot comment farms (水军)", "评论检查：识别水军";
    CommentsHelp: "Paste a note's comments, one per line. Bot-generated comments often read generic or repetitive; this counts how many do.",
        "粘贴一篇笔记的评论，每行一条。水军评论往往空泛或重复，这里统计其占比。";
    CommentsLabel: "Comments, one per line", "评论（每行一条）";
    CommentsChecked: "Comments checked", "已检查评论数";
    DuplicateShare: "Exact duplicates", "完全重复";
    TemplateShare: "Template phrases only", "套话评论";
    ShortShare: "Very short (3 characters or fewer)", "极短评论（不超过 3 个字）";
    FlagLine: "warning above {0}", "超过 {0} 即提示";
    CommentsNoFlags: "No warning sign in these comments.", "这些评论没有明显的水军迹象。";
    CommentsFlagDuplicates: "Many comments repeat each other word for word.", "大量评论逐字重复。";
    CommentsFlagTemplates: "Many comments are generic template phrases.", "大量评论是空泛的套话。";
    CommentsFlagShort: "Many comments are only a word or two.", "大量评论只有一两个字。";
    CommentsLeftOut: "{0} lines beyond the first {1} were not read.", "超出前 {1} 条的 {0} 行未读取。";
    TemplateListTitle: "Template phrases counted", "计入的套话列表";

    // Formulas and sources
    FormulasTitle: "How each figure is calculated", "计算方法与数据来源";
    FormulaRatio: "For each note i, ratio_i = (likes + saves) ÷ followers. The mean and median are taken over the notes.",
        "每篇笔记的赞藏比 ratio_i =（点赞 + 收藏）÷ 粉丝数；再对所有笔记取平均值与中位数。";
    FormulaShareAbove: "Notes with ratio_i at or above the benchmark, divided by the number of notes.",
        "赞藏比达到基准的笔记数 ÷ 笔记总数。";
    FormulaErFollowers: "Mean over the notes of (likes + saves + comments + shares) ÷ followers.",
        "各笔记（点赞 + 收藏 + 评论 + 分享）÷ 粉丝数 的平均值。";
    FormulaErViews: "Sum of interactions ÷ sum of views, over the notes that give views.",
        "在填写了阅读数的笔记中，互动总数 ÷ 阅读总数。";
    FormulaSaveShare: "Sum of saves ÷ sum of interactions (likes + saves + comments + shares).",
        "收藏总数 ÷ 互动总数（点赞 + 收藏 + 评论 + 分享）。";
    FormulaCommentShare: "Sum of comments ÷ sum of interactions; 5–15% is healthy (practitioner range).",
        "评论总数 ÷ 互动总数；5%–15% 为健康区间（从业者经验）。";
    FormulaCv: "Population standard deviation of each note's interactions ÷ their mean. Above 0.8 is very uneven (practitioners: 0.5 or less is best).",
        "各笔记互动数的总体标准差 ÷ 平均值。高于 0.8 视为波动很大（从业者经验：不超过 0.5 最佳）。";
    FormulaViral: "Notes with likes + saves + comments of 1,000 or more (the platform's 千互 line) ÷ notes.",
        "赞藏评合计 ≥ 1000 的笔记（千互爆文）÷ 笔记总数。";
    FormulaAuthentic: "Authentic followers = followers × (1 − fake share); the ratio is then recomputed on them.",
        "真实粉丝 = 粉丝数 ×（1 − 假粉占比），再以真实粉丝重新计算赞藏比。";
    FormulaTier: "By followers: KOC below the tail bound, then tail, mid and head KOL.",
        "按粉丝数划分：低于尾部下限为素人（KOC），其上依次为尾部、腰部、头部达人。";
    FormulaVerdict: "Below when the mean ratio misses the benchmark. Otherwise borderline if any warning shows (under half the notes at the benchmark, save share under 15%, CV above 0.8, comment share outside 5–15%, more followers than likes and saves), and meets if none does.",
        "平均赞藏比低于基准即为未达基准；否则只要出现任一风险提示（不到一半笔记达到基准、收藏占比低于 15%、变异系数高于 0.8、评论占比不在 5%–15%、粉丝数多于获赞与收藏）即为勉强达标，全部通过才算达到基准。";
    FormulaComments: "Each comment is compared without spaces, punctuation, emoji or letter case. Duplicates: comments another comment repeats. Template: made only of listed template phrases or emoji. Very short: 3 characters or fewer.",
        "比较时忽略空格、标点、表情和大小写。完全重复：与其他评论相同；套话：只由列表中的套话或表情组成；极短：不超过 3 个字。";
    SourcesTitle: "Where the defaults come from", "默认值来源";
    SourceBenchmark: "Benchmark 1.5% like+save to follower ratio: the brief.", "赞藏比基准 1.5%：投放指南。";
    SourcePractitionerLines: "3% suspicious and 5% qualified lines: practitioner guides, for context.",
        "3% 存疑线与 5% 优质线：从业者经验，仅作参考。";
    SourceFake: "Fake-follower share 30% under 500K followers: the brief; 15% from 500K: practitioner range (generic estimates are 15–25%).",
        "假粉占比：50万粉以下 30% 来自投放指南；50万粉及以上 15% 来自从业者区间（通用估计为 15%–25%）。";
    SourceTiers: "Tier bounds 10K / 50K / 500K: the common practitioner convention.", "层级划分 1万 / 5万 / 50万：行业常用划分。";
    SourceThresholds: "Viral line 1,000 interactions, CV 0.8, comment share 5–15%: practitioner ranges; save share under 15%: assumption (practitioners call 25% or more good).",
        "千互爆文线、变异系数 0.8、评论占比 5%–15%：从业者经验；收藏占比低于 15% 为假设（从业者认为 25% 以上为好）。";
    SourceCommentLines: "Comment warning lines (duplicates 20%, templates 30%, very short 40%): assumptions, set so a lively genuine thread passes.",
        "评论提示线（重复 20%、套话 30%、极短 40%）：假设值，以正常热闹的真实评论区不被误判为准。";

    // Field errors
    ErrEmpty: "Enter a value.", "请输入数值。";
    ErrNotANumber: "Not a number: use digits, such as 12000, 12k or 1.2万.", "不是有效数字：请输入如 12000、12k 或 1.2万。";
    ErrNegative: "Can't be negative.", "不能为负数。";
    ErrZero: "Must be above zero.", "必须大于零。";
    ErrNotWhole: "Must be a whole number.", "必须是整数。";
    ErrTooLarge: "Too large: at most {0}.", "数值过大：最多 {0}。";
    ErrOutOfRange: "Must be between {0} and {1}.", "必须在 {0} 到 {1} 之间。";
    ErrNotAscending: "Must be above the tier before it.", "必须大于上一层级的下限。";

    // Link notices
    NoticeTooLong: "The link is too long ({0} bytes; the limit is 8 KB), so it was not read.",
        "链接过长（{0} 字节，上限 8 KB），未读取。";
    NoticeIgnored: "{0} = “{1}” is not a usable value.", "{0} = “{1}” 不是可用的数值。";
    NoticeUnknownKey: "“{0}” is not a setting of this calculator.", "“{0}” 不是此计算器的参数。";
    NoticeRepeated: "{0} appears more than once; the first value is used.", "{0} 出现了多次，只采用第一个值。";
    NoticeTooManyRows: "{0} has {1} rows, more than the {2} allowed.", "{0} 有 {1} 行，超过上限 {2} 行。";
    NoticeNewerFormat: "This link comes from a newer version (format {0}); some values may be ignored.",
        "此链接来自更新的版本（格式 {0}），部分参数可能被忽略。";
}
