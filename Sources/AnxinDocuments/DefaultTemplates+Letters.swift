/// Default templates of the letters about a blacklisted enterprise (seed §四(二)3): to its shareholders, its banks
/// and the power company, and the text of its public notice (txt, md, html).
extension DefaultTemplates {
    static let letters: [String: String] = [
        "letter-banks.html": #"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>关于{{name}}列入安全生产“黑名单”的通告函</title>
        <style>
        {{> style.html}}
        </style>
        </head>
        <body>
        <div class="issuer">{{city}}安全生产委员会办公室</div>
        <h1>关于{{name}}列入安全生产“黑名单”的通告函</h1>
        <p>{{addressee}}：</p>
        <p class="body">{{name}}（统一社会信用代码：{{code}}；所属县区：{{jurisdiction}}；行业：{{industry}}）因{{cause}}（{{reason}}），经{{city}}安全生产委员会办公室研究，自{{sinceCN}}起列入安全生产“黑名单”，期限至{{termEndCN}}。根据《{{city}}“安全诚信企业”创建活动方案》“奖惩措施”的规定，现函告贵方。</p>
        <p class="body">请贵行（机构）将该企业的安全生产信用状况作为授信审批、贷款发放等业务的重要参考，依法依规审慎办理相关业务，共同加强社会监督和警示约束。</p>
        <p class="body">企业整改到位后，可自{{earliestRemovalCN}}起向{{city}}安全生产委员会办公室申请提前移出“黑名单”，届时另行函告。</p>
        <p class="body">特此函告。</p>
        <div class="sign">{{city}}安全生产委员会办公室<br>{{date}}</div>
        </body>
        </html>

        """#,
        "letter-banks.txt": #"""
        {{city}}安全生产委员会办公室
        关于{{name}}列入安全生产“黑名单”的通告函

        {{addressee}}：
        　　{{name}}（统一社会信用代码：{{code}}；所属县区：{{jurisdiction}}；行业：{{industry}}）因{{cause}}（{{reason}}），经{{city}}安全生产委员会办公室研究，自{{sinceCN}}起列入安全生产“黑名单”，期限至{{termEndCN}}。根据《{{city}}“安全诚信企业”创建活动方案》“奖惩措施”的规定，现函告贵方。
        　　请贵行（机构）将该企业的安全生产信用状况作为授信审批、贷款发放等业务的重要参考，依法依规审慎办理相关业务，共同加强社会监督和警示约束。
        　　企业整改到位后，可自{{earliestRemovalCN}}起向{{city}}安全生产委员会办公室申请提前移出“黑名单”，届时另行函告。
        　　特此函告。

        {{city}}安全生产委员会办公室
        {{date}}

        """#,
        "letter-power.html": #"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>关于{{name}}列入安全生产“黑名单”的通告函</title>
        <style>
        {{> style.html}}
        </style>
        </head>
        <body>
        <div class="issuer">{{city}}安全生产委员会办公室</div>
        <h1>关于{{name}}列入安全生产“黑名单”的通告函</h1>
        <p>{{city}}供电公司：</p>
        <p class="body">{{name}}（统一社会信用代码：{{code}}；所属县区：{{jurisdiction}}；行业：{{industry}}）因{{cause}}（{{reason}}），经{{city}}安全生产委员会办公室研究，自{{sinceCN}}起列入安全生产“黑名单”，期限至{{termEndCN}}。根据《{{city}}“安全诚信企业”创建活动方案》“奖惩措施”的规定，现函告贵方。</p>
        <p class="body">请贵公司依法依规配合做好对该企业的监督约束工作；对依法责令停产停业整顿的，按照有关规定配合采取停止供电等措施。</p>
        <p class="body">企业整改到位后，可自{{earliestRemovalCN}}起向{{city}}安全生产委员会办公室申请提前移出“黑名单”，届时另行函告。</p>
        <p class="body">特此函告。</p>
        <div class="sign">{{city}}安全生产委员会办公室<br>{{date}}</div>
        </body>
        </html>

        """#,
        "letter-power.txt": #"""
        {{city}}安全生产委员会办公室
        关于{{name}}列入安全生产“黑名单”的通告函

        {{city}}供电公司：
        　　{{name}}（统一社会信用代码：{{code}}；所属县区：{{jurisdiction}}；行业：{{industry}}）因{{cause}}（{{reason}}），经{{city}}安全生产委员会办公室研究，自{{sinceCN}}起列入安全生产“黑名单”，期限至{{termEndCN}}。根据《{{city}}“安全诚信企业”创建活动方案》“奖惩措施”的规定，现函告贵方。
        　　请贵公司依法依规配合做好对该企业的监督约束工作；对依法责令停产停业整顿的，按照有关规定配合采取停止供电等措施。
        　　企业整改到位后，可自{{earliestRemovalCN}}起向{{city}}安全生产委员会办公室申请提前移出“黑名单”，届时另行函告。
        　　特此函告。

        {{city}}安全生产委员会办公室
        {{date}}

        """#,
        "letter-public.html": #"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>关于将{{name}}列入安全生产“黑名单”的公告</title>
        <style>
        {{> style.html}}
        </style>
        </head>
        <body>
        <h1>关于将{{name}}列入安全生产“黑名单”的公告</h1>
        <p class="body">根据《{{city}}“安全诚信企业”创建活动方案》，{{name}}（统一社会信用代码：{{code}}；所属县区：{{jurisdiction}}；行业：{{industry}}）因{{cause}}（{{reason}}），自{{sinceCN}}起列入安全生产“黑名单”，期限至{{termEndCN}}。期间依法对该企业实施严厉处罚，加大执法检查频次和力度，并向企业股东、金融机构、供电企业发函通告。欢迎社会各界监督。</p>
        <p class="body">特此公告。</p>
        <div class="sign">{{city}}安全生产委员会办公室<br>{{date}}</div>
        </body>
        </html>

        """#,
        "letter-public.txt": #"""
        关于将{{name}}列入安全生产“黑名单”的公告

        　　根据《{{city}}“安全诚信企业”创建活动方案》，{{name}}（统一社会信用代码：{{code}}；所属县区：{{jurisdiction}}；行业：{{industry}}）因{{cause}}（{{reason}}），自{{sinceCN}}起列入安全生产“黑名单”，期限至{{termEndCN}}。期间依法对该企业实施严厉处罚，加大执法检查频次和力度，并向企业股东、金融机构、供电企业发函通告。欢迎社会各界监督。
        　　特此公告。

        {{city}}安全生产委员会办公室
        {{date}}

        """#,
        "letter-shareholders.html": #"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>关于{{name}}列入安全生产“黑名单”的通告函</title>
        <style>
        {{> style.html}}
        </style>
        </head>
        <body>
        <div class="issuer">{{city}}安全生产委员会办公室</div>
        <h1>关于{{name}}列入安全生产“黑名单”的通告函</h1>
        <p>{{addressee}}：</p>
        <p class="body">{{name}}（统一社会信用代码：{{code}}；所属县区：{{jurisdiction}}；行业：{{industry}}）因{{cause}}（{{reason}}），经{{city}}安全生产委员会办公室研究，自{{sinceCN}}起列入安全生产“黑名单”，期限至{{termEndCN}}。根据《{{city}}“安全诚信企业”创建活动方案》“奖惩措施”的规定，现函告贵方。</p>
        <p class="body">请贵方作为企业股东，督促企业切实落实安全生产主体责任，尽快消除事故隐患、完成整改，依法依规组织生产经营。</p>
        <p class="body">企业整改到位后，可自{{earliestRemovalCN}}起向{{city}}安全生产委员会办公室申请提前移出“黑名单”，届时另行函告。</p>
        <p class="body">特此函告。</p>
        <div class="sign">{{city}}安全生产委员会办公室<br>{{date}}</div>
        </body>
        </html>

        """#,
        "letter-shareholders.txt": #"""
        {{city}}安全生产委员会办公室
        关于{{name}}列入安全生产“黑名单”的通告函

        {{addressee}}：
        　　{{name}}（统一社会信用代码：{{code}}；所属县区：{{jurisdiction}}；行业：{{industry}}）因{{cause}}（{{reason}}），经{{city}}安全生产委员会办公室研究，自{{sinceCN}}起列入安全生产“黑名单”，期限至{{termEndCN}}。根据《{{city}}“安全诚信企业”创建活动方案》“奖惩措施”的规定，现函告贵方。
        　　请贵方作为企业股东，督促企业切实落实安全生产主体责任，尽快消除事故隐患、完成整改，依法依规组织生产经营。
        　　企业整改到位后，可自{{earliestRemovalCN}}起向{{city}}安全生产委员会办公室申请提前移出“黑名单”，届时另行函告。
        　　特此函告。

        {{city}}安全生产委员会办公室
        {{date}}

        """#,
        "letter-banks.md": #"""
        **{{city}}安全生产委员会办公室**

        # 关于{{name}}列入安全生产“黑名单”的通告函

        {{addressee}}：

        {{name}}（统一社会信用代码：{{code}}；所属县区：{{jurisdiction}}；行业：{{industry}}）因{{cause}}（{{reason}}），经{{city}}安全生产委员会办公室研究，自{{sinceCN}}起列入安全生产“黑名单”，期限至{{termEndCN}}。根据《{{city}}“安全诚信企业”创建活动方案》“奖惩措施”的规定，现函告贵方。

        请贵行（机构）将该企业的安全生产信用状况作为授信审批、贷款发放等业务的重要参考，依法依规审慎办理相关业务，共同加强社会监督和警示约束。

        企业整改到位后，可自{{earliestRemovalCN}}起向{{city}}安全生产委员会办公室申请提前移出“黑名单”，届时另行函告。

        特此函告。

        {{city}}安全生产委员会办公室  
        {{date}}

        """#,
        "letter-power.md": #"""
        **{{city}}安全生产委员会办公室**

        # 关于{{name}}列入安全生产“黑名单”的通告函

        {{city}}供电公司：

        {{name}}（统一社会信用代码：{{code}}；所属县区：{{jurisdiction}}；行业：{{industry}}）因{{cause}}（{{reason}}），经{{city}}安全生产委员会办公室研究，自{{sinceCN}}起列入安全生产“黑名单”，期限至{{termEndCN}}。根据《{{city}}“安全诚信企业”创建活动方案》“奖惩措施”的规定，现函告贵方。

        请贵公司依法依规配合做好对该企业的监督约束工作；对依法责令停产停业整顿的，按照有关规定配合采取停止供电等措施。

        企业整改到位后，可自{{earliestRemovalCN}}起向{{city}}安全生产委员会办公室申请提前移出“黑名单”，届时另行函告。

        特此函告。

        {{city}}安全生产委员会办公室  
        {{date}}

        """#,
        "letter-public.md": #"""
        # 关于将{{name}}列入安全生产“黑名单”的公告

        根据《{{city}}“安全诚信企业”创建活动方案》，{{name}}（统一社会信用代码：{{code}}；所属县区：{{jurisdiction}}；行业：{{industry}}）因{{cause}}（{{reason}}），自{{sinceCN}}起列入安全生产“黑名单”，期限至{{termEndCN}}。期间依法对该企业实施严厉处罚，加大执法检查频次和力度，并向企业股东、金融机构、供电企业发函通告。欢迎社会各界监督。

        特此公告。

        {{city}}安全生产委员会办公室  
        {{date}}

        """#,
        "letter-shareholders.md": #"""
        **{{city}}安全生产委员会办公室**

        # 关于{{name}}列入安全生产“黑名单”的通告函

        {{addressee}}：

        {{name}}（统一社会信用代码：{{code}}；所属县区：{{jurisdiction}}；行业：{{industry}}）因{{cause}}（{{reason}}），经{{city}}安全生产委员会办公室研究，自{{sinceCN}}起列入安全生产“黑名单”，期限至{{termEndCN}}。根据《{{city}}“安全诚信企业”创建活动方案》“奖惩措施”的规定，现函告贵方。

        请贵方作为企业股东，督促企业切实落实安全生产主体责任，尽快消除事故隐患、完成整改，依法依规组织生产经营。

        企业整改到位后，可自{{earliestRemovalCN}}起向{{city}}安全生产委员会办公室申请提前移出“黑名单”，届时另行函告。

        特此函告。

        {{city}}安全生产委员会办公室  
        {{date}}

        """#,
    ]
}
