/// Default templates of the notice, the award list and the announcement (seed steps 7 and 8).
extension DefaultTemplates {
    static let notices: [String: String] = [
        "notice.txt": #"""
        {{city}}{{title}}

        {{#hasMembers}}
        　　根据《{{city}}“安全诚信企业”创建活动方案》，经企业申请、安委办组织专家验收，以下{{count}}家企业验收合格，拟认定为{{year}}年度“安全诚信企业”，现予以公示，同时征求有关部门意见。
        　　公示期为7个工作日。公示期间，任何单位和个人对公示企业有异议的，可以书面形式向{{bureau}}反映，并署真实姓名和联系方式。
        {{/hasMembers}}
        {{#groups}}

        {{numeral}}、{{tier}}（{{count}}家）
        {{#members}}
        {{index}}. {{name}}（统一社会信用代码：{{code}}；{{jurisdiction}}；{{industry}}；验收日期：{{acceptedDate}}）
        {{/members}}
        {{/groups}}
        {{^hasMembers}}
        　　截至{{date}}，暂无验收合格待公示的企业。
        {{/hasMembers}}

        {{city}}安全生产监督管理局
        {{date}}

        """#,
        "notice.md": #"""
        # {{city}}{{title}}

        {{#hasMembers}}
        根据《{{city}}“安全诚信企业”创建活动方案》，经企业申请、安委办组织专家验收，以下{{count}}家企业验收合格，拟认定为{{year}}年度“安全诚信企业”，现予以公示，同时征求有关部门意见。

        公示期为7个工作日。公示期间，任何单位和个人对公示企业有异议的，可以书面形式向{{bureau}}反映，并署真实姓名和联系方式。
        {{/hasMembers}}
        {{#groups}}

        ## {{numeral}}、{{tier}}（{{count}}家）

        | 序号 | 企业名称 | 统一社会信用代码 | 所属县区 | 行业 | 验收日期 | 验收单位 |
        | --- | --- | --- | --- | --- | --- | --- |
        {{#members}}
        | {{index}} | {{name}} | {{code}} | {{jurisdiction}} | {{industry}} | {{acceptedDate}} | {{acceptedOffice}} |
        {{/members}}
        {{/groups}}
        {{^hasMembers}}
        截至{{date}}，暂无验收合格待公示的企业。
        {{/hasMembers}}

        {{city}}安全生产监督管理局  
        {{date}}

        """#,
        "notice.html": #"""
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
        {{#hasMembers}}
        <p class="body">根据《{{city}}“安全诚信企业”创建活动方案》，经企业申请、安委办组织专家验收，以下{{count}}家企业验收合格，拟认定为{{year}}年度“安全诚信企业”，现予以公示，同时征求有关部门意见。</p>
        <p class="body">公示期为7个工作日。公示期间，任何单位和个人对公示企业有异议的，可以书面形式向{{bureau}}反映，并署真实姓名和联系方式。</p>
        {{/hasMembers}}
        {{#groups}}
        <h2>{{numeral}}、{{tier}}（{{count}}家）</h2>
        <table>
        <thead><tr><th class="n">序号</th><th class="name">企业名称</th><th>统一社会信用代码</th><th>所属县区</th><th>行业</th><th>验收日期</th><th>验收单位</th></tr></thead>
        <tbody>
        {{#members}}
        <tr><td class="n">{{index}}</td><td class="name">{{name}}</td><td class="code">{{code}}</td><td class="place">{{jurisdiction}}</td><td class="ind">{{industry}}</td><td class="nowrap">{{acceptedDate}}</td><td class="place">{{acceptedOffice}}</td></tr>
        {{/members}}
        </tbody>
        </table>
        {{/groups}}
        {{^hasMembers}}
        <p class="body">截至{{date}}，暂无验收合格待公示的企业。</p>
        {{/hasMembers}}
        <div class="sign">{{city}}安全生产监督管理局<br>{{date}}</div>
        </body>
        </html>

        """#,
        "awards.txt": #"""
        {{city}}{{title}}

        {{#hasMembers}}
        　　经{{city}}安全生产委员会批准，以下{{count}}家企业经验收、公示，被认定为{{year}}年度“安全诚信企业”，在全市安全生产工作会议上予以表彰授牌，并在新闻媒体上公布。
        {{/hasMembers}}
        {{#groups}}

        {{numeral}}、{{tier}}（{{count}}家）
        {{#members}}
        {{index}}. {{name}}（{{jurisdiction}}；{{industry}}；公示日期：{{publicizedDate}}）
        {{/members}}
        {{/groups}}
        {{^hasMembers}}
        　　截至{{date}}，暂无已公示待授牌的企业。
        {{/hasMembers}}

        {{city}}安全生产委员会
        {{date}}

        """#,
        "awards.md": #"""
        # {{city}}{{title}}

        {{#hasMembers}}
        经{{city}}安全生产委员会批准，以下{{count}}家企业经验收、公示，被认定为{{year}}年度“安全诚信企业”，在全市安全生产工作会议上予以表彰授牌，并在新闻媒体上公布。
        {{/hasMembers}}
        {{#groups}}

        ## {{numeral}}、{{tier}}（{{count}}家）

        | 序号 | 企业名称 | 统一社会信用代码 | 所属县区 | 行业 | 公示日期 |
        | --- | --- | --- | --- | --- | --- |
        {{#members}}
        | {{index}} | {{name}} | {{code}} | {{jurisdiction}} | {{industry}} | {{publicizedDate}} |
        {{/members}}
        {{/groups}}
        {{^hasMembers}}
        截至{{date}}，暂无已公示待授牌的企业。
        {{/hasMembers}}

        {{city}}安全生产委员会  
        {{date}}

        """#,
        "awards.html": #"""
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
        {{#hasMembers}}
        <p class="body">经{{city}}安全生产委员会批准，以下{{count}}家企业经验收、公示，被认定为{{year}}年度“安全诚信企业”，在全市安全生产工作会议上予以表彰授牌，并在新闻媒体上公布。</p>
        {{/hasMembers}}
        {{#groups}}
        <h2>{{numeral}}、{{tier}}（{{count}}家）</h2>
        <table>
        <thead><tr><th class="n">序号</th><th class="name">企业名称</th><th>统一社会信用代码</th><th>所属县区</th><th>行业</th><th>公示日期</th></tr></thead>
        <tbody>
        {{#members}}
        <tr><td class="n">{{index}}</td><td class="name">{{name}}</td><td class="code">{{code}}</td><td class="place">{{jurisdiction}}</td><td class="ind">{{industry}}</td><td class="nowrap">{{publicizedDate}}</td></tr>
        {{/members}}
        </tbody>
        </table>
        {{/groups}}
        {{^hasMembers}}
        <p class="body">截至{{date}}，暂无已公示待授牌的企业。</p>
        {{/hasMembers}}
        <div class="sign">{{city}}安全生产委员会<br>{{date}}</div>
        </body>
        </html>

        """#,
        "announcement.txt": #"""
        {{city}}安全生产委员会办公室
        {{title}}

        各县（市、区）、高新区及白沟·白洋淀温泉城安委办，市政府有关部门：
        {{#hasMembers}}
        　　按照“整改一个，验收一个，合格一个，销账一个”的要求，经组织验收，以下{{count}}家问题型企业整治验收合格，予以销账，现予通报。希望上述企业巩固整治成果，持续提升安全管理水平；各地、各部门要加强跟踪检查，防止问题反弹。
        {{/hasMembers}}

        {{#members}}
        {{index}}. {{name}}（{{jurisdiction}}；{{industry}}；整改期限：{{deadline}}；销账日期：{{acceptedDate}}；验收单位：{{acceptedOffice}}）
        {{/members}}
        {{^hasMembers}}
        　　截至{{date}}，暂无整治验收合格待通报的企业。
        {{/hasMembers}}

        {{city}}安全生产委员会办公室
        {{date}}

        """#,
        "announcement.md": #"""
        # {{title}}

        **{{city}}安全生产委员会办公室**

        各县（市、区）、高新区及白沟·白洋淀温泉城安委办，市政府有关部门：

        {{#hasMembers}}
        按照“整改一个，验收一个，合格一个，销账一个”的要求，经组织验收，以下{{count}}家问题型企业整治验收合格，予以销账，现予通报。希望上述企业巩固整治成果，持续提升安全管理水平；各地、各部门要加强跟踪检查，防止问题反弹。
        {{/hasMembers}}
        {{#hasMembers}}

        | 序号 | 企业名称 | 所属县区 | 行业 | 整改期限 | 销账日期 | 验收单位 |
        | --- | --- | --- | --- | --- | --- | --- |
        {{/hasMembers}}
        {{#members}}
        | {{index}} | {{name}} | {{jurisdiction}} | {{industry}} | {{deadline}} | {{acceptedDate}} | {{acceptedOffice}} |
        {{/members}}
        {{^hasMembers}}
        截至{{date}}，暂无整治验收合格待通报的企业。
        {{/hasMembers}}

        {{city}}安全生产委员会办公室  
        {{date}}

        """#,
        "announcement.html": #"""
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
        <h1>{{title}}</h1>
        <p>各县（市、区）、高新区及白沟·白洋淀温泉城安委办，市政府有关部门：</p>
        {{#hasMembers}}
        <p class="body">按照“整改一个，验收一个，合格一个，销账一个”的要求，经组织验收，以下{{count}}家问题型企业整治验收合格，予以销账，现予通报。希望上述企业巩固整治成果，持续提升安全管理水平；各地、各部门要加强跟踪检查，防止问题反弹。</p>
        {{/hasMembers}}
        {{#hasMembers}}
        <table>
        <thead><tr><th class="n">序号</th><th class="name">企业名称</th><th>所属县区</th><th>行业</th><th>整改期限</th><th>销账日期</th><th>验收单位</th></tr></thead>
        <tbody>
        {{#members}}
        <tr><td class="n">{{index}}</td><td class="name">{{name}}</td><td class="place">{{jurisdiction}}</td><td class="ind">{{industry}}</td><td class="nowrap">{{deadline}}</td><td class="nowrap">{{acceptedDate}}</td><td class="place">{{acceptedOffice}}</td></tr>
        {{/members}}
        </tbody>
        </table>
        {{/hasMembers}}
        {{^hasMembers}}
        <p class="body">截至{{date}}，暂无整治验收合格待通报的企业。</p>
        {{/hasMembers}}
        <div class="sign">{{city}}安全生产委员会办公室<br>{{date}}</div>
        </body>
        </html>

        """#,
    ]
}
