// 上传控件的文字，合并进中文词典。
export const uiUploadZhCn: Record<string, string> = {
  'apply.upload.takePhoto': '拍照',
  'apply.upload.chooseFile': '选择文件',
  'apply.upload.addFile': '再添加一个文件',
  'apply.upload.dropHint': '也可以把文件拖到这里。',
  'apply.upload.replace': '替换',
  'apply.upload.newFile': '新文件：{document}',
  'apply.upload.preparing': '正在处理照片…',
  'apply.upload.progressLabel': '上传进度：{document}',
  'apply.upload.progress': '已发送 {percent}%',
  'apply.upload.progressAnnounce': '{document}：已发送 {percent}%',
  'apply.upload.compressed': '照片已压缩：{original} → {size}',
  'apply.upload.cancel': '取消',
  'apply.upload.failed': '网络中断，文件没有上传成功。请重试，无需重新选择文件。',
  // Mostly HEIC, which iPhones save by default and most browsers other than Safari cannot
  // decode; trying the same file again cannot help, so this says how to get a JPG instead.
  'apply.upload.cannotRead':
    '此浏览器打不开这张照片，iPhone 拍摄的 HEIC 格式照片常有这种情况。请改为上传 JPG、PNG 或 PDF 文件，例如对照片截屏，再上传截图。在 iPhone 上，进入“设置 > 相机 > 格式”并选择“兼容性最佳”，之后拍的照片会保存为 JPG 格式。',
  'apply.upload.quality.title': '这张照片可能看不清',
  'apply.upload.quality.tooSmall': '照片太小，文字可能看不清。请靠近一些，让证件占满画面。',
  'apply.upload.quality.tooDark': '照片太暗。请在光线充足的地方重新拍摄。',
  'apply.upload.quality.blurred': '照片模糊。请拿稳手机，等对焦清楚后再拍。',
  'apply.upload.quality.glare': '证件上有反光。请避开灯光直射，或关闭闪光灯。',
  'apply.upload.quality.example': '清晰照片示例：',
  'apply.upload.quality.exampleText': '证件平放在深色桌面上，四角完整，文字清楚，没有反光。',
  'apply.upload.quality.replace': '重新拍照或选择',
  'apply.upload.quality.keep': '仍使用这张照片',
  'apply.upload.qualityAnnounce': '请检查照片：{document}',
  'apply.upload.error.busy': '请等待文件上传完成：{document}',
  'apply.upload.error.review': '请决定是否使用这张照片：{document}',
  // Return for correction (Guide §II.4 补正): what staff asked to fix, in the wizard.
  'apply.correction.heading': '需要补正的内容',
  'apply.correction.intro':
    '工作人员审核了您的申请并退回补正。请更换下面标出的文件，然后核对答案并重新提交申请。',
  'apply.correction.introCheck':
    '工作人员审核了您的申请并退回补正。请逐项修改下列内容，然后用本页末尾的按钮重新提交申请。',
  'apply.correction.otherAnswer': '一项回答',
  'apply.correction.note': '工作人员备注：{note}',
  'apply.correction.message': '工作人员留言：{message}',
  'apply.correction.replaced': '已更换',
  'apply.correction.fix': '去修改',
  'apply.correction.tag': '需更换',
  'apply.correction.replaceFile': '请更换此文件：{reason}',
};
