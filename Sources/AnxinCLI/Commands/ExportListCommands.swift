import AnxinCore
import ArgumentParser

// The campaign's lists, one subcommand each; the body is `ListExport` (Support/ListExport.swift) and who is on
// each list is `ListSelector` (AnxinCore/Documents). docs/documents.md explains every list.

/// `anxin export notice`: 公示名单 (step 7).
struct ExportNoticeCommand: ListExport {
    static let list = CampaignList.notice
    static let configuration: CommandConfiguration = listConfiguration(abstract: "公示名单：验收合格、尚未公示的企业 · Public-notice list: accepted enterprises not yet publicized.")
    @OptionGroup var options: DocumentOptions
    @OptionGroup var global: GlobalOptions
}

/// `anxin export awards`: 授牌名单 (step 8).
struct ExportAwardsCommand: ListExport {
    static let list = CampaignList.awards
    static let configuration: CommandConfiguration = listConfiguration(abstract: "授牌名单：已公示、尚未授牌的企业 · Award list: publicized enterprises not yet awarded.")
    @OptionGroup var options: DocumentOptions
    @OptionGroup var global: GlobalOptions
}

/// `anxin export announcement`: 整治通报 (step 8).
struct ExportAnnouncementCommand: ListExport {
    static let list = CampaignList.announcement
    static let configuration: CommandConfiguration = listConfiguration(abstract: "整治通报：验收销账、尚未通报的问题型企业 · Announcement: problem enterprises closed, not yet announced.")
    @OptionGroup var options: DocumentOptions
    @OptionGroup var global: GlobalOptions
}

/// `anxin export demo-sites`: 示范观摩点 (step 5).
struct ExportDemoSitesCommand: ListExport {
    static let list = CampaignList.demoSites
    static let configuration: CommandConfiguration = listConfiguration(abstract: "示范观摩点（按行业类别）· Demonstration sites, by sector.")
    @OptionGroup var options: DocumentOptions
    @OptionGroup var global: GlobalOptions
}

/// `anxin export incentives`: 向电力、金融部门通告的企业 (§四(一)).
struct ExportIncentivesCommand: ListExport {
    static let list = CampaignList.incentives
    static let configuration: CommandConfiguration = listConfiguration(abstract: "向电力、金融部门通告的标准化、规范化企业 · Incentive notice to the power and finance departments.")
    @OptionGroup var options: DocumentOptions
    @OptionGroup var global: GlobalOptions
}

/// `anxin export supervision`: 重点监管名单 (§四(二)2).
struct ExportSupervisionCommand: ListExport {
    static let list = CampaignList.supervision
    static let configuration: CommandConfiguration = listConfiguration(abstract: "重点监管名单 · Key-supervision list.")
    @OptionGroup var options: DocumentOptions
    @OptionGroup var global: GlobalOptions
}

/// `anxin export blacklist`: 黑名单 (§四(二)3).
struct ExportBlacklistCommand: ListExport {
    static let list = CampaignList.blacklist
    static let configuration: CommandConfiguration = listConfiguration(abstract: "黑名单（情形、列入日期、期满日期、可申请提前移出日期）· Blacklist with cause, dates and term.")
    @OptionGroup var options: DocumentOptions
    @OptionGroup var global: GlobalOptions
}
