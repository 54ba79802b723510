/// Default templates of the demonstration sites, the incentive notice, key supervision and the blacklist
/// (seed step 5 and §四).
extension DefaultTemplates {
    static let registers: [String: String] = [
        "demo-sites.txt": #"""
        {{city}}“安全诚信企业”创建活动{{title}}

        　　按照创建活动方案“示范观摩”的安排，由{{bureau}}会同有关部门，在非煤矿山、危险化学品、建筑施工和一般行业中各选出1家标准化或规范化企业召开现场观摩会；选择1至{{rectifiedLimit}}家整治比较好的企业召开现场经验交流会。

        一、现场观摩会
        {{#sectors}}
        {{sector}}：
        {{#sites}}
        　　{{name}}（{{jurisdiction}}；{{industry}}；{{tier}}；{{stage}}）
        {{/sites}}
        {{^hasSites}}
        　　尚未选定
        {{/hasSites}}
        {{/sectors}}

        二、整治企业现场经验交流会
        {{#rectified}}
        　　{{index}}. {{name}}（{{jurisdiction}}；{{industry}}；{{stage}}）
        {{/rectified}}
        {{^hasRectified}}
        　　尚未选定
        {{/hasRectified}}

        {{city}}安全生产监督管理局
        {{date}}

        """#,
        "demo-sites.md": #"""
        # {{city}}“安全诚信企业”创建活动{{title}}

        按照创建活动方案“示范观摩”的安排，由{{bureau}}会同有关部门，在非煤矿山、危险化学品、建筑施工和一般行业中各选出1家标准化或规范化企业召开现场观摩会；选择1至{{rectifiedLimit}}家整治比较好的企业召开现场经验交流会。

        ## 一、现场观摩会

        | 行业类别 | 企业名称 | 所属县区 | 行业 | 类别 | 阶段 |
        | --- | --- | --- | --- | --- | --- |
        {{#sectors}}
        {{#sites}}
        | {{sector}} | {{name}} | {{jurisdiction}} | {{industry}} | {{tier}} | {{stage}} |
        {{/sites}}
        {{^hasSites}}
        | {{sector}} | 尚未选定 | | | | |
        {{/hasSites}}
        {{/sectors}}

        ## 二、整治企业现场经验交流会

        {{#rectified}}
        {{index}}. {{name}}（{{jurisdiction}}；{{industry}}；{{stage}}）
        {{/rectified}}
        {{^hasRectified}}
        尚未选定
        {{/hasRectified}}

        {{city}}安全生产监督管理局  
        {{date}}

        """#,
        "demo-sites.html": #"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>{{title}}</title>
        <style>
        {{> style.html}}
        </style>
        </head>
        <body>
        <h1>{{city}}“安全诚信企业”创建活动<br>{{title}}</h1>
        <p class="body">按照创建活动方案“示范观摩”的安排，由{{bureau}}会同有关部门，在非煤矿山、危险化学品、建筑施工和一般行业中各选出1家标准化或规范化企业召开现场观摩会；选择1至{{rectifiedLimit}}家整治比较好的企业召开现场经验交流会。</p>
        <h2>一、现场观摩会</h2>
        <table>
        <thead><tr><th>行业类别</th><th class="name">企业名称</th><th>所属县区</th><th>行业</th><th>类别</th><th>阶段</th></tr></thead>
        <tbody>
        {{#sectors}}
        {{#sites}}
        <tr><td class="nowrap">{{sector}}</td><td class="name">{{name}}</td><td class="place">{{jurisdiction}}</td><td class="ind">{{industry}}</td><td class="nowrap">{{tier}}</td><td class="nowrap">{{stage}}</td></tr>
        {{/sites}}
        {{^hasSites}}
        <tr><td class="nowrap">{{sector}}</td><td colspan="5" class="muted">尚未选定</td></tr>
        {{/hasSites}}
        {{/sectors}}
        </tbody>
        </table>
        <h2>二、整治企业现场经验交流会</h2>
        {{#hasRectified}}
        <table>
        <thead><tr><th class="n">序号</th><th class="name">企业名称</th><th>所属县区</th><th>行业</th><th>阶段</th></tr></thead>
        <tbody>
        {{#rectified}}
        <tr><td class="n">{{index}}</td><td class="name">{{name}}</td><td class="place">{{jurisdiction}}</td><td class="ind">{{industry}}</td><td class="nowrap">{{stage}}</td></tr>
        {{/rectified}}
        </tbody>
        </table>
        {{/hasRectified}}
        {{^hasRectified}}
        <p class="muted">尚未选定</p>
        {{/hasRectified}}
        <div class="sign">{{city}}安全生产监督管理局<br>{{date}}</div>
        </body>
        </html>

        """#,
        "incentives.txt": #"""
        {{city}}安全生产委员会办公室
        关于通告{{year}}年度标准化、规范化“安全诚信企业”名单的函

        {{city}}供电公司，{{city}}金融主管部门及各银行业金融机构：
        {{#hasMembers}}
        　　根据《{{city}}“安全诚信企业”创建活动方案》“奖惩措施”的规定，对标准化、规范化企业实行优惠政策。现将截至{{date}}验收合格、称号有效的{{count}}家标准化、规范化企业名单通告如下，请在电力供应、金融信贷等方面给予支持，提高社会对标准化和规范化企业的认知度。上述企业在安全生产方面减少检查和执法频次，特殊重要时期享受不停产、不停业的优惠政策。
        {{/hasMembers}}
        {{#groups}}

        {{numeral}}、{{tier}}（{{count}}家）
        {{#members}}
        {{index}}. {{name}}（统一社会信用代码：{{code}}；{{jurisdiction}}；{{industry}}）
        {{/members}}
        {{/groups}}
        {{^hasMembers}}
        　　截至{{date}}，暂无称号有效的标准化、规范化企业。
        {{/hasMembers}}

        {{city}}安全生产委员会办公室
        {{date}}

        """#,
        "incentives.md": #"""
        # 关于通告{{year}}年度标准化、规范化“安全诚信企业”名单的函

        **{{city}}安全生产委员会办公室**

        {{city}}供电公司，{{city}}金融主管部门及各银行业金融机构：

        {{#hasMembers}}
        根据《{{city}}“安全诚信企业”创建活动方案》“奖惩措施”的规定，对标准化、规范化企业实行优惠政策。现将截至{{date}}验收合格、称号有效的{{count}}家标准化、规范化企业名单通告如下，请在电力供应、金融信贷等方面给予支持，提高社会对标准化和规范化企业的认知度。上述企业在安全生产方面减少检查和执法频次，特殊重要时期享受不停产、不停业的优惠政策。
        {{/hasMembers}}
        {{#groups}}

        ## {{numeral}}、{{tier}}（{{count}}家）

        | 序号 | 企业名称 | 统一社会信用代码 | 所属县区 | 行业 |
        | --- | --- | --- | --- | --- |
        {{#members}}
        | {{index}} | {{name}} | {{code}} | {{jurisdiction}} | {{industry}} |
        {{/members}}
        {{/groups}}
        {{^hasMembers}}
        截至{{date}}，暂无称号有效的标准化、规范化企业。
        {{/hasMembers}}

        {{city}}安全生产委员会办公室  
        {{date}}

        """#,
        "incentives.html": #"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>{{title}}</title>
        <style>
        {{> style.html}}
        </style>
        </head>
        <body>
        <div class="issuer">{{city}}安全生产委员会办公室</div>
        <h1>关于通告{{year}}年度标准化、规范化<br>“安全诚信企业”名单的函</h1>
        <p>{{city}}供电公司，{{city}}金融主管部门及各银行业金融机构：</p>
        {{#hasMembers}}
        <p class="body">根据《{{city}}“安全诚信企业”创建活动方案》“奖惩措施”的规定，对标准化、规范化企业实行优惠政策。现将截至{{date}}验收合格、称号有效的{{count}}家标准化、规范化企业名单通告如下，请在电力供应、金融信贷等方面给予支持，提高社会对标准化和规范化企业的认知度。上述企业在安全生产方面减少检查和执法频次，特殊重要时期享受不停产、不停业的优惠政策。</p>
        {{/hasMembers}}
        {{#groups}}
        <h2>{{numeral}}、{{tier}}（{{count}}家）</h2>
        <table>
        <thead><tr><th class="n">序号</th><th class="name">企业名称</th><th>统一社会信用代码</th><th>所属县区</th><th>行业</th></tr></thead>
        <tbody>
        {{#members}}
        <tr><td class="n">{{index}}</td><td class="name">{{name}}</td><td class="code">{{code}}</td><td class="place">{{jurisdiction}}</td><td class="ind">{{industry}}</td></tr>
        {{/members}}
        </tbody>
        </table>
        {{/groups}}
        {{^hasMembers}}
        <p class="body">截至{{date}}，暂无称号有效的标准化、规范化企业。</p>
        {{/hasMembers}}
        <div class="sign">{{city}}安全生产委员会办公室<br>{{date}}</div>
        </body>
        </html>

        """#,
        "supervision.txt": #"""
        {{city}}{{title}}

        　　根据《{{city}}“安全诚信企业”创建活动方案》“奖惩措施”的规定，对主体责任不落实、安全管理混乱、隐患问题较多的企业实行重点监管，加大日常检查频次和力度，特殊重要时期一律进行停产停业整顿。截至{{date}}，重点监管企业共{{count}}家：

        {{#members}}
        {{index}}. {{name}}（统一社会信用代码：{{code}}；{{jurisdiction}}；{{industry}}；{{tier}}）
        　　纳入日期：{{since}}；原因：{{reason}}{{#fromRevocation}}；因{{revocationCause}}撤销称号后纳入{{/fromRevocation}}
        {{/members}}
        {{^hasMembers}}
        　　暂无重点监管企业。
        {{/hasMembers}}

        {{city}}安全生产委员会办公室
        {{date}}

        """#,
        "supervision.md": #"""
        # {{city}}{{title}}

        根据《{{city}}“安全诚信企业”创建活动方案》“奖惩措施”的规定，对主体责任不落实、安全管理混乱、隐患问题较多的企业实行重点监管，加大日常检查频次和力度，特殊重要时期一律进行停产停业整顿。截至{{date}}，重点监管企业共{{count}}家。
        {{#hasMembers}}

        | 序号 | 企业名称 | 统一社会信用代码 | 所属县区 | 类别 | 纳入日期 | 原因 |
        | --- | --- | --- | --- | --- | --- | --- |
        {{/hasMembers}}
        {{#members}}
        | {{index}} | {{name}} | {{code}} | {{jurisdiction}} | {{tierShort}} | {{since}} | {{reason}}{{#fromRevocation}}（因{{revocationCause}}撤销称号后纳入）{{/fromRevocation}} |
        {{/members}}

        {{city}}安全生产委员会办公室  
        {{date}}

        """#,
        "supervision.html": #"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>{{city}}{{title}}</title>
        <style>
        {{> style.html}}
        </style>
        </head>
        <body>
        <h1>{{city}}{{title}}</h1>
        <p class="body">根据《{{city}}“安全诚信企业”创建活动方案》“奖惩措施”的规定，对主体责任不落实、安全管理混乱、隐患问题较多的企业实行重点监管，加大日常检查频次和力度，特殊重要时期一律进行停产停业整顿。截至{{date}}，重点监管企业共{{count}}家。</p>
        {{#hasMembers}}
        <table>
        <thead><tr><th class="n">序号</th><th class="name">企业名称<br><span class="muted">统一社会信用代码 · 所属县区</span></th><th class="nowrap">类别</th><th class="nowrap">纳入日期</th><th>原因</th></tr></thead>
        <tbody>
        {{#members}}
        <tr><td class="n">{{index}}</td><td class="name">{{name}}<br><span class="code muted">{{code}}</span><br><span class="muted">{{jurisdiction}}</span></td><td class="nowrap">{{tierShort}}</td><td class="nowrap">{{since}}</td><td>{{reason}}{{#fromRevocation}}（因{{revocationCause}}撤销称号后纳入）{{/fromRevocation}}</td></tr>
        {{/members}}
        </tbody>
        </table>
        {{/hasMembers}}
        <div class="sign">{{city}}安全生产委员会办公室<br>{{date}}</div>
        </body>
        </html>

        """#,
        "blacklist.txt": #"""
        {{city}}{{title}}

        　　对存在重大安全事故隐患又不如期进行整改，或抗拒执法检查和发生较大以上安全生产事故的“信用污点”企业，列入“黑名单”，在依法进行严厉处罚的同时，在有关新闻媒体上进行公示，向企业股东、金融、电力等单位发函通告。列入期限为{{blacklistYears}}年；列入满{{earlyRemovalMonths}}个月后，整改到位的企业可申请提前移出。截至{{date}}，列入“黑名单”的企业共{{count}}家：

        {{#members}}
        {{index}}. {{name}}（统一社会信用代码：{{code}}）
        　　所属县区：{{jurisdiction}}；行业：{{industry}}；类别：{{tier}}
        　　列入情形：{{cause}}
        　　事由：{{reason}}
        　　列入日期：{{since}}；期满日期：{{termEnd}}；可申请提前移出日期：{{earliestRemoval}}{{#termOver}}（已期满，待办理移出）{{/termOver}}
        {{/members}}
        {{^hasMembers}}
        　　暂无列入“黑名单”的企业。
        {{/hasMembers}}

        {{city}}安全生产委员会办公室
        {{date}}

        """#,
        "blacklist.md": #"""
        # {{city}}{{title}}

        对存在重大安全事故隐患又不如期进行整改，或抗拒执法检查和发生较大以上安全生产事故的“信用污点”企业，列入“黑名单”，在依法进行严厉处罚的同时，在有关新闻媒体上进行公示，向企业股东、金融、电力等单位发函通告。列入期限为{{blacklistYears}}年；列入满{{earlyRemovalMonths}}个月后，整改到位的企业可申请提前移出。截至{{date}}，列入“黑名单”的企业共{{count}}家。
        {{#hasMembers}}

        | 序号 | 企业名称 | 统一社会信用代码 | 所属县区 | 列入情形 | 事由 | 列入日期 | 期满日期 | 可申请提前移出 |
        | --- | --- | --- | --- | --- | --- | --- | --- | --- |
        {{/hasMembers}}
        {{#members}}
        | {{index}} | {{name}} | {{code}} | {{jurisdiction}} | {{cause}} | {{reason}} | {{since}} | {{termEnd}}{{#termOver}}（已期满）{{/termOver}} | {{earliestRemoval}} |
        {{/members}}

        {{city}}安全生产委员会办公室  
        {{date}}

        """#,
        "blacklist.html": #"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>{{city}}{{title}}</title>
        <style>
        {{> style.html}}
        </style>
        </head>
        <body>
        <h1>{{city}}{{title}}</h1>
        <p class="body">对存在重大安全事故隐患又不如期进行整改，或抗拒执法检查和发生较大以上安全生产事故的“信用污点”企业，列入“黑名单”，在依法进行严厉处罚的同时，在有关新闻媒体上进行公示，向企业股东、金融、电力等单位发函通告。列入期限为{{blacklistYears}}年；列入满{{earlyRemovalMonths}}个月后，整改到位的企业可申请提前移出。截至{{date}}，列入“黑名单”的企业共{{count}}家。</p>
        {{#hasMembers}}
        <table>
        <thead><tr><th class="n">序号</th><th class="name">企业名称<br><span class="muted">统一社会信用代码 · 所属县区 · 行业</span></th><th>列入情形及事由</th><th class="nowrap">列入日期</th><th class="nowrap">期满日期</th><th>可申请<br>提前移出</th></tr></thead>
        <tbody>
        {{#members}}
        <tr><td class="n">{{index}}</td><td class="name">{{name}}<br><span class="code muted">{{code}}</span><br><span class="muted">{{jurisdiction}} · {{industry}}</span></td><td><b>{{cause}}</b><br>{{reason}}</td><td class="nowrap">{{since}}</td><td class="nowrap">{{termEnd}}{{#termOver}}<br>（已期满）{{/termOver}}</td><td class="nowrap">{{earliestRemoval}}</td></tr>
        {{/members}}
        </tbody>
        </table>
        {{/hasMembers}}
        <div class="sign">{{city}}安全生产委员会办公室<br>{{date}}</div>
        </body>
        </html>

        """#,
    ]
}
