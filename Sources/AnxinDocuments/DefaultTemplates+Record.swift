/// Default templates of the acceptance record (验收记录表): the card, every criterion with its verdict, note and
/// inspector (the levels of N05), the decision and room for signatures.
extension DefaultTemplates {
    static let record: [String: String] = [
        "record.txt": #"""
        {{title}}

        企业名称：{{name}}
        统一社会信用代码：{{code}}
        所属县区：{{jurisdiction}}　　行业：{{industry}}
        企业类别：{{tier}}　　监管层级：{{level}}
        责任部门：{{department}}　　责任人：{{person}}
        {{#hasPhone}}
        联系电话：{{phone}}
        {{/hasPhone}}
        {{#hasAddress}}
        地址：{{address}}
        {{/hasAddress}}
        当前阶段：{{stage}}（{{stageDate}}）
        方案编号：{{planRef}}{{#hasExperts}}　　专家：{{experts}}{{/hasExperts}}

        一、逐条评定（{{checklist}}；符合 {{met}} 项 / 适用 {{applicable}} 项）
        {{#criteria}}

        {{id}} {{criterionTitle}}　【{{verdict}}】
        　　{{text}}
        {{#hasNote}}
        　　备注：{{note}}
        {{/hasNote}}
        {{#hasInspector}}
        　　检查人：{{inspector}}（{{inspectorOffice}}，{{checkedDate}}）
        {{/hasInspector}}
        {{#levels}}
        　　· {{levelName}}：{{verdict}}{{#hasNote}}；{{note}}{{/hasNote}}{{#hasInspector}}（{{inspector}}，{{checkedDate}}）{{/hasInspector}}
        {{/levels}}
        {{/criteria}}

        二、验收结论
        {{#decided}}
        　　{{decision}}。验收单位：{{decisionOffice}}；记录人：{{decisionActor}}；日期：{{decisionDate}}{{#hasDecisionRef}}；文号：{{decisionRef}}{{/hasDecisionRef}}
        {{/decided}}
        {{^decided}}
        　　□ 合格　　□ 不合格　　（尚未记录验收结论）
        {{/decided}}
        {{#hasRejections}}

        此前未通过的验收：
        {{#rejections}}
        　　{{rejectedDate}} {{rejectedOffice}}（{{rejectedActor}}）：{{rejectedNote}}
        {{/rejections}}
        {{/hasRejections}}

        三、签字
        验收组长：________________　　日期：____年__月__日
        验收组成员：______________________________________　　日期：____年__月__日
        企业负责人：________________　　日期：____年__月__日　　（企业盖章）

        打印日期：{{date}}

        """#,
        "record.md": #"""
        # {{title}}

        | 项目 | 内容 | 项目 | 内容 |
        | --- | --- | --- | --- |
        | 企业名称 | {{name}} | 统一社会信用代码 | {{code}} |
        | 所属县区 | {{jurisdiction}} | 行业 | {{industry}} |
        | 企业类别 | {{tier}} | 监管层级 | {{level}} |
        | 责任部门 | {{department}} | 责任人 | {{person}} |
        | 联系电话 | {{phone}} | 地址 | {{address}} |
        | 当前阶段 | {{stage}}（{{stageDate}}） | 方案编号 | {{planRef}} |

        ## 一、逐条评定（{{checklist}}；符合 {{met}} 项 / 适用 {{applicable}} 项）

        | 编号 | 条件标准 | 评定 | 备注 | 检查人 | 日期 |
        | --- | --- | --- | --- | --- | --- |
        {{#criteria}}
        | {{id}} | **{{criterionTitle}}**：{{text}} | {{verdict}} | {{note}} | {{inspector}} | {{checkedDate}} |
        {{#levels}}
        | | {{levelName}} | {{verdict}} | {{note}} | {{inspector}} | {{checkedDate}} |
        {{/levels}}
        {{/criteria}}

        ## 二、验收结论

        {{#decided}}
        {{decision}}。验收单位：{{decisionOffice}}；记录人：{{decisionActor}}；日期：{{decisionDate}}{{#hasDecisionRef}}；文号：{{decisionRef}}{{/hasDecisionRef}}
        {{/decided}}
        {{^decided}}
        □ 合格　　□ 不合格　　（尚未记录验收结论）
        {{/decided}}
        {{#hasRejections}}

        此前未通过的验收：

        {{#rejections}}
        - {{rejectedDate}} {{rejectedOffice}}（{{rejectedActor}}）：{{rejectedNote}}
        {{/rejections}}
        {{/hasRejections}}

        ## 三、签字

        | 验收组长 | | 日期 | |
        | --- | --- | --- | --- |
        | 验收组成员 | | 日期 | |
        | 企业负责人 | | 日期 | |

        打印日期：{{date}}

        """#,
        "record.html": #"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>{{title}}：{{name}}</title>
        <style>
        {{> style.html}}
        </style>
        </head>
        <body>
        <h1>{{title}}</h1>
        <table>
        <tbody>
        <tr><th class="name">企业名称</th><td colspan="3">{{name}}</td></tr>
        <tr><th>统一社会信用代码</th><td class="code">{{code}}</td><th>所属县区</th><td>{{jurisdiction}}</td></tr>
        <tr><th>行业</th><td class="ind">{{industry}}</td><th>企业类别</th><td>{{tier}}</td></tr>
        <tr><th>监管层级</th><td>{{level}}</td><th>责任部门</th><td>{{department}}</td></tr>
        <tr><th>责任人</th><td>{{person}}</td><th>联系电话</th><td>{{phone}}</td></tr>
        <tr><th>地址</th><td colspan="3">{{address}}</td></tr>
        <tr><th>当前阶段</th><td>{{stage}}（{{stageDate}}）</td><th>方案编号</th><td>{{planRef}}</td></tr>
        {{#hasExperts}}
        <tr><th>专家</th><td colspan="3">{{experts}}</td></tr>
        {{/hasExperts}}
        </tbody>
        </table>
        <h2>一、逐条评定（{{checklist}}；符合 {{met}} 项 / 适用 {{applicable}} 项）</h2>
        <table>
        <thead><tr><th class="n">编号</th><th>条件标准</th><th class="nowrap">评定</th><th>备注</th><th class="nowrap">检查人</th><th class="nowrap">日期</th></tr></thead>
        <tbody>
        {{#criteria}}
        <tr><td class="n">{{id}}</td><td><b>{{criterionTitle}}</b>：{{text}}</td><td class="nowrap{{#isUnmet}} unmet{{/isUnmet}}">{{verdict}}</td><td>{{note}}</td><td class="nowrap">{{inspector}}{{#hasInspector}}<br><span class="muted">{{inspectorOffice}}</span>{{/hasInspector}}</td><td class="nowrap">{{checkedDate}}</td></tr>
        {{#levels}}
        <tr><td class="n"></td><td>　{{levelName}}</td><td class="nowrap{{#isUnmet}} unmet{{/isUnmet}}">{{verdict}}</td><td>{{note}}</td><td class="nowrap">{{inspector}}</td><td class="nowrap">{{checkedDate}}</td></tr>
        {{/levels}}
        {{/criteria}}
        </tbody>
        </table>
        <h2>二、验收结论</h2>
        {{#decided}}
        <p class="body">{{decision}}。验收单位：{{decisionOffice}}；记录人：{{decisionActor}}；日期：{{decisionDate}}{{#hasDecisionRef}}；文号：{{decisionRef}}{{/hasDecisionRef}}</p>
        {{/decided}}
        {{^decided}}
        <p class="body">□ 合格　　□ 不合格　　<span class="muted">（尚未记录验收结论）</span></p>
        {{/decided}}
        {{#hasRejections}}
        <p>此前未通过的验收：</p>
        <ul>
        {{#rejections}}
        <li>{{rejectedDate}} {{rejectedOffice}}（{{rejectedActor}}）：{{rejectedNote}}</li>
        {{/rejections}}
        </ul>
        {{/hasRejections}}
        <h2>三、签字</h2>
        <table class="signatures">
        <tbody>
        <tr><th style="width:18%">验收组长</th><td style="width:42%"></td><th style="width:12%">日期</th><td></td></tr>
        <tr><th>验收组成员</th><td></td><th>日期</th><td></td></tr>
        <tr><th>企业负责人<br><span class="muted">（企业盖章）</span></th><td></td><th>日期</th><td></td></tr>
        </tbody>
        </table>
        <p class="muted">打印日期：{{date}}</p>
        </body>
        </html>

        """#,
    ]
}
