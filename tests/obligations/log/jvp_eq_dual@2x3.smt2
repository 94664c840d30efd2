; torchsmt obligation log.jvp_eq_dual@2x3 (lemma, op log, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((2, 3),), off kinks
(set-info :source |torchsmt lemma log.jvp_eq_dual@2x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun v0_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= (* div!1 x0_0_0) v0_0_0))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= (* div!2 x0_0_1) v0_0_1))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= (* div!3 x0_0_2) v0_0_2))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= (* div!4 x0_1_0) v0_1_0))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= (* div!5 x0_1_1) v0_1_1))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= (* div!6 x0_1_2) v0_1_2))))
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= 1.0 (* div!7 x0_0_0)))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= 1.0 (* div!8 x0_0_1)))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= 1.0 (* div!9 x0_0_2)))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= 1.0 (* div!10 x0_1_0)))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= 1.0 (* div!11 x0_1_1)))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= 1.0 (* div!12 x0_1_2)))))
(assert
 (> x0_0_0 0.0))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (> x0_0_1 0.0))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (> x0_0_2 0.0))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (> x0_1_0 0.0))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (> x0_1_1 0.0))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (> x0_1_2 0.0))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (let ((?x97 (* v0_0_0 div!7)))
(let (($x103 (= ?x97 div!1)))
(not $x103))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun v0_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= (* div!1 x0_0_0) v0_0_0))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= (* div!2 x0_0_1) v0_0_1))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= (* div!3 x0_0_2) v0_0_2))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= (* div!4 x0_1_0) v0_1_0))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= (* div!5 x0_1_1) v0_1_1))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= (* div!6 x0_1_2) v0_1_2))))
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= 1.0 (* div!7 x0_0_0)))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= 1.0 (* div!8 x0_0_1)))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= 1.0 (* div!9 x0_0_2)))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= 1.0 (* div!10 x0_1_0)))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= 1.0 (* div!11 x0_1_1)))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= 1.0 (* div!12 x0_1_2)))))
(assert
 (> x0_0_0 0.0))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (> x0_0_1 0.0))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (> x0_0_2 0.0))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (> x0_1_0 0.0))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (> x0_1_1 0.0))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (> x0_1_2 0.0))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (let ((?x98 (* v0_0_1 div!8)))
(let (($x104 (= ?x98 div!2)))
(not $x104))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun v0_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= (* div!1 x0_0_0) v0_0_0))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= (* div!2 x0_0_1) v0_0_1))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= (* div!3 x0_0_2) v0_0_2))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= (* div!4 x0_1_0) v0_1_0))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= (* div!5 x0_1_1) v0_1_1))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= (* div!6 x0_1_2) v0_1_2))))
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= 1.0 (* div!7 x0_0_0)))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= 1.0 (* div!8 x0_0_1)))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= 1.0 (* div!9 x0_0_2)))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= 1.0 (* div!10 x0_1_0)))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= 1.0 (* div!11 x0_1_1)))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= 1.0 (* div!12 x0_1_2)))))
(assert
 (> x0_0_0 0.0))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (> x0_0_1 0.0))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (> x0_0_2 0.0))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (> x0_1_0 0.0))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (> x0_1_1 0.0))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (> x0_1_2 0.0))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (let ((?x99 (* v0_0_2 div!9)))
(let (($x105 (= ?x99 div!3)))
(not $x105))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun v0_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= (* div!1 x0_0_0) v0_0_0))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= (* div!2 x0_0_1) v0_0_1))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= (* div!3 x0_0_2) v0_0_2))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= (* div!4 x0_1_0) v0_1_0))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= (* div!5 x0_1_1) v0_1_1))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= (* div!6 x0_1_2) v0_1_2))))
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= 1.0 (* div!7 x0_0_0)))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= 1.0 (* div!8 x0_0_1)))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= 1.0 (* div!9 x0_0_2)))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= 1.0 (* div!10 x0_1_0)))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= 1.0 (* div!11 x0_1_1)))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= 1.0 (* div!12 x0_1_2)))))
(assert
 (> x0_0_0 0.0))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (> x0_0_1 0.0))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (> x0_0_2 0.0))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (> x0_1_0 0.0))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (> x0_1_1 0.0))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (> x0_1_2 0.0))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (let ((?x100 (* v0_1_0 div!10)))
(let (($x106 (= ?x100 div!4)))
(not $x106))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun v0_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= (* div!1 x0_0_0) v0_0_0))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= (* div!2 x0_0_1) v0_0_1))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= (* div!3 x0_0_2) v0_0_2))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= (* div!4 x0_1_0) v0_1_0))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= (* div!5 x0_1_1) v0_1_1))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= (* div!6 x0_1_2) v0_1_2))))
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= 1.0 (* div!7 x0_0_0)))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= 1.0 (* div!8 x0_0_1)))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= 1.0 (* div!9 x0_0_2)))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= 1.0 (* div!10 x0_1_0)))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= 1.0 (* div!11 x0_1_1)))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= 1.0 (* div!12 x0_1_2)))))
(assert
 (> x0_0_0 0.0))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (> x0_0_1 0.0))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (> x0_0_2 0.0))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (> x0_1_0 0.0))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (> x0_1_1 0.0))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (> x0_1_2 0.0))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (let ((?x101 (* v0_1_1 div!11)))
(let (($x107 (= ?x101 div!5)))
(not $x107))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun v0_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v0_0_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun v0_0_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun v0_1_1 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun v0_1_2 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= (* div!1 x0_0_0) v0_0_0))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= (* div!2 x0_0_1) v0_0_1))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= (* div!3 x0_0_2) v0_0_2))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= (* div!4 x0_1_0) v0_1_0))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= (* div!5 x0_1_1) v0_1_1))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= (* div!6 x0_1_2) v0_1_2))))
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= 1.0 (* div!7 x0_0_0)))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= 1.0 (* div!8 x0_0_1)))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= 1.0 (* div!9 x0_0_2)))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= 1.0 (* div!10 x0_1_0)))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= 1.0 (* div!11 x0_1_1)))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= 1.0 (* div!12 x0_1_2)))))
(assert
 (> x0_0_0 0.0))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (> x0_0_1 0.0))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (> x0_0_2 0.0))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (> x0_1_0 0.0))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (> x0_1_1 0.0))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (> x0_1_2 0.0))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (let ((?x102 (* v0_1_2 div!12)))
(let (($x108 (= ?x102 div!6)))
(not $x108))))
(check-sat)
